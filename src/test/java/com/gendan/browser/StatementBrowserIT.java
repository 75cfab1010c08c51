package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.customer.TestCustomers;
import com.gendan.identity.DemoUser;
import com.gendan.scope.CustomerScope;
import com.gendan.statement.MonthlyStatementProcess;
import com.gendan.statement.StatementExamples;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's statement month in a real browser, every task in Tasklist by the demo user it is
 * routed to: the statement day's run builds and sends the statement (as the calendar would),
 * liuyang registers the customer's dispute of a price, settles it with a correction, registers the
 * confirmation of the second revision, and wufang issues the invoice.
 */
class StatementBrowserIT extends TasklistWalk {

  @Autowired JdbcClient jdbc;

  @Test
  void aDisputedStatementIsCorrectedReissuedConfirmedAndInvoiced() throws Exception {
    Map<String, Object> request = TestCustomers.valid();
    HttpResponse<String> created =
        web.postJson("/api/customers", DemoUser.SALES_MANAGER, json.writeValueAsString(request));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long customerId = json.readTree(created.body()).get("id").asLong();
    // an order of 1000 at CNY 100, shipped yesterday
    String orderNumber = StatementExamples.consumableOrder(jdbc, customerId);
    jdbc.sql(
            "INSERT INTO shipment (order_id, customer_id, shipment_no, document_kind, status,"
                + " proposed_mode, proposal_meets_date, shipped_on, created_by, created_at,"
                + " updated_by, updated_at) SELECT id, customer_id, 1, 'OUTBOUND_DELIVERY', 'SHIPPED',"
                + " 'TRUCK', TRUE, :day, 'test', created_at, 'test', created_at FROM sales_order"
                + " WHERE order_number = :order")
        .param("day", today.minusDays(1))
        .param("order", orderNumber)
        .update();
    jdbc.sql(
            "INSERT INTO shipment_line (shipment_id, line_no, product_code, ready_quantity,"
                + " shipped_quantity) SELECT s.id, 1, 'EC-R0603-103', 1000, 1000 FROM shipment s"
                + " JOIN sales_order o ON o.id = s.order_id WHERE o.order_number = :order")
        .param("order", orderNumber)
        .update();
    // the statement day's run, as the calendar starts it
    ProcessInstance run =
        runtimeService
            .createProcessInstanceByKey(MonthlyStatementProcess.KEY)
            .businessKey(request.get("code") + ":" + today.toString().substring(0, 7))
            .setVariable(CustomerScope.CUSTOMER_ID, customerId)
            .setVariable(MonthlyStatementProcess.Variables.STATEMENT_DATE.name(), today.toString())
            .execute();
    engine.runDueJobs(run.getId());
    HistoricProcessInstance instance =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceId(run.getId())
            .singleResult();
    String number = variable(instance, MonthlyStatementProcess.Variables.STATEMENT_NUMBER);
    String answeredOn = today.format(Browser.TYPED_DATE);

    try (Browser browser = new Browser(port)) {
      Page assistant = tasklist(browser, DemoUser.ASSISTANT_LIU);
      Browser.openTask(assistant, MY_TASKS, "登记客户对帐结果", number);
      assertThat(Browser.field(assistant, "对帐单").inputValue())
          .contains("第1版", "CNY 100,000.00", orderNumber);
      Browser.openDocument(assistant, "查看/打印 对帐单", number, "对帐单", "本期金额").close();
      Browser.choose(assistant, "有异议");
      Browser.type(assistant, "答复日期", answeredOn);
      Browser.type(assistant, "有异议的行", "1 单价应为 98");
      Browser.type(assistant, "客户说明", "客户采购张伟来电");
      Browser.assertChinese(assistant);
      Browser.screenshot(assistant, "statement-dispute-form");
      Browser.complete(assistant);

      Browser.openTask(assistant, MY_TASKS, "处理对帐异议", number);
      assertThat(Browser.field(assistant, "客户异议").inputValue()).isEqualTo("第1行：单价应为 98");
      Browser.type(assistant, "处理结果", "1 改价 98 按报价单 BJ-2026-00003");
      Browser.screenshot(assistant, "statement-settlement-form");
      Browser.complete(assistant);
      engine.runDueJobs(run.getId());

      Browser.openTask(assistant, MY_TASKS, "登记客户对帐结果", number);
      assertThat(Browser.field(assistant, "对帐单").inputValue()).contains("第2版", "CNY 98,000.00");
      Browser.choose(assistant, "确认无误");
      Browser.type(assistant, "答复日期", answeredOn);
      Browser.complete(assistant);

      Page finance = tasklist(browser, DemoUser.FINANCE);
      Browser.openTask(finance, GROUP_TASKS, "开具发票", number);
      Browser.type(finance, "发票号码", "0440" + System.nanoTime() % 1_000_000);
      Browser.type(finance, "发票金额", "98000");
      Browser.type(finance, "开票日期", answeredOn);
      Browser.screenshot(finance, "statement-invoice-form");
      Browser.complete(finance);
    }

    assertThat(ended(instance)).isTrue();
    JsonNode statement =
        json.readTree(web.get("/api/statements/" + number, DemoUser.ASSISTANT_LIU).body());
    assertThat(statement.get("statusLabel").asText()).isEqualTo("已开票");
    assertThat(statement.get("revisions")).hasSize(2);
    assertThat(statement.at("/invoice/amount").decimalValue()).isEqualByComparingTo("98000");
  }
}
