package com.gendan.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.EngineRest;
import com.gendan.WebClient;
import com.gendan.identity.DemoUser;
import java.net.http.HttpResponse;

/** Customers of their own for the receivables tests, so no other test's invoices mix in. */
public final class ReceivableFixtures {

  private ReceivableFixtures() {}

  /** A new customer served by the assistant and the rep, created by the sales manager. */
  public record NewCustomer(long id, String code) {}

  public static NewCustomer customer(
      WebClient web, EngineRest engine, String assistant, String rep) {
    String code = "AR" + System.nanoTime() % 1_000_000_000L;
    HttpResponse<String> created =
        web.postJson(
            "/api/customers",
            DemoUser.SALES_MANAGER,
            """
            {"code": "%s", "chineseName": "账龄测试客户", "englishName": "Aging Ltd.",
             "tier": "secondary", "assistantUserId": "%s", "salesRepUserId": "%s",
             "paymentTermsDays": 30, "creditLimit": 100000, "creditLimitCurrency": "CNY",
             "statementDay": 25, "consignment": false, "creditHold": false,
             "contacts": [{"name": "杨帆", "email": "yangfan@example.cn", "primary": true}],
             "addresses": [{"kind": "shipping", "text": "江苏省常州市武进区长虹路8号"}]}"""
                .formatted(code, assistant, rep));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return new NewCustomer(engine.read(created.body()).get("id").asLong(), code);
  }
}
