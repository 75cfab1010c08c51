package com.gendan.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.ProcessFlowTest;
import com.gendan.Tasklist;
import com.gendan.identity.DemoUser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tasklist's start forms (销售订单, 报价审批, 样品跟踪) start work only for a customer the user serves, as
 * Gendan's API does: another assistant is refused before anything is registered.
 */
class StartFormScopeTest extends ProcessFlowTest {

  private static final String REFUSAL = "您不负责客户 C001，不能查看或办理其";

  @Test
  void onlyTheCustomersTeamOrAManagerStartsAnOrderFromTheStartForm() {
    Map<String, Object> order =
        Map.of(
            "customerCode",
            "C001",
            "channel",
            "email",
            "customerPo",
            "PO-START-" + System.nanoTime(),
            "linesText",
            "EC-C0805-106 100 35 " + LocalDate.now().plusDays(20),
            "specialRequirements",
            "每箱需附出货检验报告；外箱标签须印客户料号");
    int before = count("sales_order");

    HttpResponse<String> refused =
        Tasklist.login(port, json, DemoUser.ASSISTANT_CHEN).start("salesOrder", order);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains(REFUSAL + "销售订单");
    assertThat(count("sales_order")).as("nothing registered").isEqualTo(before);

    assertThat(
            Tasklist.login(port, json, DemoUser.ASSISTANT_LIU)
                .start("salesOrder", order)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            Tasklist.login(port, json, DemoUser.SALES_MANAGER)
                .start("salesOrder", order)
                .statusCode())
        .isEqualTo(200);
    assertThat(count("sales_order")).isEqualTo(before + 2);
  }

  @Test
  void anotherAssistantStartsNoQuoteNorSampleForTheCustomer() {
    Tasklist chen = Tasklist.login(port, json, DemoUser.ASSISTANT_CHEN);
    int quotes = count("quote");
    int samples = count("sample_request");

    HttpResponse<String> quote =
        chen.start(
            "quoteApproval",
            Map.of(
                "customerCode",
                "C001",
                "currency",
                "CNY",
                "validityDays",
                30,
                "inquiryLinesText",
                "EC-R0603-103 100 15"));
    HttpResponse<String> sample =
        chen.start(
            "sampleTracking",
            Map.of(
                "customerCode",
                "C001",
                "productCode",
                "EC-C0805-106",
                "quantity",
                10,
                "unit",
                "PCS",
                "purpose",
                "客户验证"));

    assertThat(quote.statusCode()).as(quote.body()).isEqualTo(403);
    assertThat(quote.body()).contains(REFUSAL + "报价审批");
    assertThat(sample.statusCode()).as(sample.body()).isEqualTo(403);
    assertThat(sample.body()).contains(REFUSAL + "样品跟踪");
    assertThat(count("quote")).isEqualTo(quotes);
    assertThat(count("sample_request")).isEqualTo(samples);
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }
}
