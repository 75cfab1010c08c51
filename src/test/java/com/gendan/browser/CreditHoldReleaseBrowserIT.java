package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.credit.CreditHoldReleaseProcess;
import com.gendan.customer.TestCustomers;
import com.gendan.identity.DemoUser;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * The README's credit-hold release in a real browser, every step in Tasklist by the demo user it is
 * routed to: a customer of liuyang's is on credit hold and its order has stopped at review; liuyang
 * asks for a release (货款异常特放申请), wufang (finance) approves it after reading the printable
 * 货款异常特放申请单, zhougang (general manager) approves it, and the release holds.
 */
class CreditHoldReleaseBrowserIT extends TasklistWalk {

  @Test
  void liuyangAsksWufangAndZhougangApproveInTasklist() throws Exception {
    // a customer on credit hold and its order, stopped at review (set up through the API)
    Map<String, Object> customer = TestCustomers.valid();
    customer.put("creditHold", true);
    HttpResponse<String> created =
        web.postJson("/api/customers", DemoUser.SALES_MANAGER, json.writeValueAsString(customer));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode registered = json.readTree(created.body());
    String customerCode = registered.get("code").asText();
    HttpResponse<String> ordered =
        web.postJson(
            "/api/orders",
            DemoUser.ASSISTANT_LIU,
            """
            {"customerId": %d, "channel": "FAX", "customerPo": "PO-TF-1",
             "lines": [{"productCode": "EC-C0805-106", "quantity": 100, "unitPrice": 35,
                        "requestedDate": "%s"}]}"""
                .formatted(registered.get("id").asLong(), today.plusDays(20)));
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    JsonNode order = json.readTree(ordered.body());
    String orderNumber = order.get("orderNumber").asText();
    engine.runDueJobs(order.get("processInstanceId").asText());
    assertThat(
            json.readTree(web.get("/api/orders/" + orderNumber, DemoUser.ASSISTANT_LIU).body())
                .get("status")
                .asText())
        .isEqualTo("CREDIT_HOLD");

    try (Browser browser = new Browser(port)) {
      // 1. liuyang asks for the release
      Page assistant = tasklist(browser, DemoUser.ASSISTANT_LIU);
      Browser.openStartForm(assistant, "货款异常特放申请");
      Browser.assertChinese(assistant);
      Browser.type(assistant, "客户编号", customerCode);
      Browser.type(assistant, "订单号", orderNumber);
      Browser.type(assistant, "特放金额", "3500");
      Browser.type(assistant, "特放原因", "客户承诺本月25日前付清逾期货款，本单为其产线急需");
      Browser.type(assistant, "有效期至", today.plusDays(7).format(Browser.TYPED_DATE));
      Browser.screenshot(assistant, "credit-hold-release-start-form");
      Browser.startProcess(assistant);

      HistoricProcessInstance release =
          latestStartedBy(DemoUser.ASSISTANT_LIU, CreditHoldReleaseProcess.KEY);
      String number = variable(release, CreditHoldReleaseProcess.Variables.RELEASE_NUMBER);
      assertThat(number).startsWith("TF-");

      // 2. wufang reads the request and its printable form, and approves
      Page finance = tasklist(browser, DemoUser.FINANCE);
      Browser.openTask(finance, GROUP_TASKS, "财务审批货款异常特放", number);
      assertThat(Browser.field(finance, "特放申请编号").inputValue()).isEqualTo(number);
      assertThat(Browser.field(finance, "申请内容").inputValue()).contains(orderNumber, "信用冻结");
      Page document = Browser.openDocument(finance, "查看/打印 货款异常特放申请单", number, orderNumber);
      Browser.screenshot(document, "credit-hold-release-page");
      document.close();
      Browser.choose(finance, "同意特放");
      Browser.assertChinese(finance);
      Browser.screenshot(finance, "credit-hold-release-finance-form");
      Browser.complete(finance);

      // 3. zhougang approves
      Page general = tasklist(browser, DemoUser.GENERAL_MANAGER);
      Browser.openTask(general, GROUP_TASKS, "总经理审批货款异常特放", number);
      Browser.choose(general, "同意特放");
      Browser.type(general, "说明", "仅此一单");
      Browser.screenshot(general, "credit-hold-release-gm-form");
      Browser.complete(general);
      engine.runDueJobs(release.getId());

      assertThat(ended(release)).isTrue();
      JsonNode approved =
          json.readTree(
              web.get("/api/credit-hold-releases/" + number, DemoUser.ASSISTANT_LIU).body());
      assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
      assertThat(approved.get("active").asBoolean()).isTrue();
      assertThat(approved.get("financeBy").asText()).isEqualTo(DemoUser.FINANCE);
      assertThat(approved.get("gmBy").asText()).isEqualTo(DemoUser.GENERAL_MANAGER);
    }
  }
}
