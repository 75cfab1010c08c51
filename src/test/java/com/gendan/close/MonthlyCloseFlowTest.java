package com.gendan.close;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.close.MonthlyCloseProcess.Elements;
import com.gendan.identity.DemoUser;
import com.gendan.scope.CustomerScope;
import com.gendan.statement.StatementConfirmed;
import com.gendan.statement.StatementFixtures;
import com.gendan.statement.StatementFixtures.Order;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A month closed for the demo customer C001 (SPEC D12) as the demo users see it, through Gendan's
 * API and the engine REST API that Tasklist uses, on the engine's clock: C001 shipped its product
 * in the three months up to May 2031, an order and a complaint of it ended in May; on 1 June at
 * 00:10 in Shanghai the close calendar's timer job closes May — the two documents are archived and
 * from then on refused any edit (409, nothing saved), the usage statement proposes the safety
 * stock, the production planner accepts it and the warehouse changes it (a wrong row refused
 * first). A second start of the same month, by the calendar, a confirmed statement or finance by
 * hand, closes nothing; a statement confirmed in June starts June's close, which waits for the
 * month's end.
 */
class MonthlyCloseFlowTest extends ProcessFlowTest {

  /** 00:10 on 1 June 2031 in Shanghai. */
  static final Instant FIRST_OF_JUNE = Instant.parse("2031-05-31T16:10:00Z");

  static final YearMonth MAY = YearMonth.of(2031, 5);

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbcClient;
  @Autowired ApplicationEventPublisher events;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A process of the customer that ended at {@code endedAt}: the document's own process. */
  private String endedProcess(long customer, Instant endedAt) {
    ClockUtil.setCurrentTime(Date.from(endedAt.minusSeconds(3600)));
    String id =
        runtimeService
            .startProcessInstanceByKey(
                "customerScopeProbe", Map.of(CustomerScope.CUSTOMER_ID, customer))
            .getId();
    ClockUtil.setCurrentTime(Date.from(endedAt));
    runtimeService.deleteProcessInstance(id, "ended for the test");
    return id;
  }

  private void calendarRuns() {
    ClockUtil.setCurrentTime(Date.from(FIRST_OF_JUNE));
    Job first =
        managementService
            .createJobQuery()
            .processDefinitionKey(MonthCloseCalendarProcess.KEY)
            .timers()
            .singleResult();
    assertThat(first).as("the close calendar's timer").isNotNull();
    managementService.executeJob(first.getId());
  }

  private List<ProcessInstance> closesOf(String businessKey) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(MonthlyCloseProcess.KEY)
        .processInstanceBusinessKey(businessKey)
        .list();
  }

  private Task openTask(String instanceId, String activityId) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(instanceId)
            .taskDefinitionKey(activityId)
            .singleResult();
    assertThat(task).as(activityId).isNotNull();
    return task;
  }

  private int attachmentsOf(long complaintId) {
    return jdbcClient
        .sql("SELECT COUNT(*) FROM complaint_attachment WHERE complaint_id = :id")
        .param("id", complaintId)
        .query(Integer.class)
        .single();
  }

  private HttpResponse<String> attach(long complaintId) {
    return web.postBytes(
        "/api/complaints/" + complaintId + "/attachments?fileName=note.pdf",
        DemoUser.ASSISTANT_LIU,
        "application/pdf",
        "%PDF-1.4 月结后补充".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void mayIsClosedForC001ArchivedReadOnlyAndItsSafetyStockConfirmed() {
    StatementFixtures fixtures = new StatementFixtures(jdbcClient);
    Order order = fixtures.order(customerId, "CNY", "0.5");
    fixtures.shipment(order, 1, "2031-03-10", "SHIPPED", "100");
    fixtures.shipment(order, 2, "2031-04-10", "SHIPPED", "200");
    fixtures.shipment(order, 3, "2031-05-10", "SHIPPED", "301");
    // C001 is a consignment customer: what it consumed from its store is its usage
    fixtures.consumption(order, 1, "80", "2031-03-20");
    fixtures.consumption(order, 1, "150", "2031-04-20");
    fixtures.consumption(order, 1, "200", "2031-05-20");
    fixtures.consumption(order, 1, "50", "2031-05-31");
    fixtures.consumption(order, 1, "7", "2031-06-01");
    long complaint = fixtures.complaintWithReturn(order, "2031-05-12", 1, "1");
    jdbcClient
        .sql("UPDATE sales_order SET status = 'CLOSED', process_instance_id = :pi WHERE id = :id")
        .param("pi", endedProcess(customerId, Instant.parse("2031-05-20T03:00:00Z")))
        .param("id", order.id())
        .update();
    jdbcClient
        .sql("UPDATE complaint SET process_instance_id = :pi WHERE id = :id")
        .param("pi", endedProcess(customerId, Instant.parse("2031-05-31T15:59:00Z")))
        .param("id", complaint)
        .update();
    // an order of June is not May's
    Order june = fixtures.order(customerId, "CNY", "0.5");
    jdbcClient
        .sql("UPDATE sales_order SET status = 'CLOSED', process_instance_id = :pi WHERE id = :id")
        .param("pi", endedProcess(customerId, Instant.parse("2031-05-31T16:00:01Z")))
        .param("id", june.id())
        .update();
    // before the close, the complaint takes another attachment
    assertThat(attach(complaint).statusCode()).isEqualTo(201);
    assertThat(attachmentsOf(complaint)).isEqualTo(1);

    calendarRuns();
    List<ProcessInstance> closes = closesOf("C001-2031-05");
    assertThat(closes).hasSize(1);
    String instanceId = closes.get(0).getId();
    engine.runDueJobs(instanceId);

    // the archive: May's two documents, with their pages and PDFs, for whom may read statements
    JsonNode archive =
        engine.get("/api/archive?customer=c001&month=2031-05", DemoUser.ASSISTANT_LIU);
    assertThat(archive.get("total").asInt()).isEqualTo(2);
    assertThat(archive.findValuesAsText("kind")).containsExactly("ORDER", "COMPLAINT");
    assertThat(archive.at("/items/0/documentNumber").asText()).isEqualTo(order.number());
    assertThat(archive.at("/items/0/kindLabel").asText()).isEqualTo("销售订单");
    assertThat(archive.at("/items/0/documentUrl").asText())
        .isEqualTo("/documents/orders/" + order.number());
    assertThat(archive.at("/items/0/pdfUrl").asText())
        .isEqualTo("/documents/orders/" + order.number() + ".pdf");
    assertThat(archive.at("/items/1/endedAt").asText()).startsWith("2031-05-31T23:59");
    assertThat(engine.get("/api/archive?month=2031-05", DemoUser.FINANCE).get("total").asInt())
        .isEqualTo(2);
    assertThat(
            engine
                .get("/api/archive?customer=C001&month=2031-05", DemoUser.ASSISTANT_CHEN)
                .get("total")
                .asInt())
        .as("another team's assistant sees none of it")
        .isZero();
    HttpResponse<String> badMonth = web.get("/api/archive?month=2031-13", DemoUser.FINANCE);
    assertThat(badMonth.statusCode()).isEqualTo(400);
    assertThat(badMonth.body()).contains("month", "月份应为 yyyy-MM");
    assertThat(web.get("/api/archive", DemoUser.FINANCE).body()).contains("month", "请填写月份");

    // archived documents are read-only: refused with the reason, nothing saved
    HttpResponse<String> refused = attach(complaint);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("客诉处理单", "已于 2031-05 月结归档，只读，不能再修改");
    assertThat(attachmentsOf(complaint)).isEqualTo(1);
    HttpResponse<String> exception =
        web.postJson(
            "/api/orders/" + order.number().toLowerCase() + "/exceptions",
            DemoUser.PRODUCTION,
            "{\"kind\": \"LATE\", \"description\": \"月结后\"}");
    assertThat(exception.statusCode()).isEqualTo(409);
    assertThat(exception.body()).contains("销售订单 " + order.number());

    // the usage statement: 80, 150, 250 consumed → (480 / 3) × 1.2 = 192; of the 601 shipped into
    // the store 121 are left at May's end
    JsonNode usage =
        engine.get("/api/usage-statements?customer=C001&month=2031-05", DemoUser.PRODUCTION);
    assertThat(usage.get("total").asInt()).isEqualTo(1);
    JsonNode line = usage.at("/items/0/lines/0");
    assertThat(line.get("productCode").asText()).isEqualTo("EC-R0603-103");
    assertThat(line.get("shippedQuantity").decimalValue()).isEqualByComparingTo("301");
    assertThat(line.get("consumedQuantity").decimalValue()).isEqualByComparingTo("250");
    assertThat(line.get("consignmentStock").decimalValue()).isEqualByComparingTo("121");
    assertThat(line.get("averageUsage").decimalValue()).isEqualByComparingTo("160");
    assertThat(line.get("monthsCounted").asInt()).isEqualTo(3);
    assertThat(line.get("proposedSafetyStock").decimalValue()).isEqualByComparingTo("192");
    assertThat(usage.at("/items/0/consignment").asBoolean()).isTrue();
    assertThat(web.get("/api/usage-statements?month=2031-05", DemoUser.ASSISTANT_CHEN).body())
        .contains("\"total\":0");

    // production accepts; the warehouse changes line 1 (a row the statement has not refused)
    Task production = openTask(instanceId, Elements.CONFIRM_BY_PRODUCTION);
    assertThat(production.getName()).isEqualTo("确认安全库存（生产）");
    assertThat(
            taskService
                .getVariable(production.getId(), MonthlyCloseProcess.Variables.USAGE_SUMMARY.name())
                .toString())
        .contains("EC-R0603-103", "寄售消耗 250", "月末寄售库存 121", "建议安全库存 192");
    assertThat(
            engine
                .complete(
                    production.getId(),
                    DemoUser.PRODUCTION,
                    Map.of("safetyStockDecision", "accept"))
                .statusCode())
        .isEqualTo(204);
    Task warehouse = openTask(instanceId, Elements.CONFIRM_BY_WAREHOUSE);
    HttpResponse<String> wrongRow =
        engine.complete(
            warehouse.getId(),
            DemoUser.WAREHOUSE,
            Map.of("safetyStockDecision", "change", "safetyStockChanges", "9 100"));
    assertThat(wrongRow.statusCode()).isEqualTo(400);
    assertThat(wrongRow.body()).contains("修改的安全库存第1行", "统计表没有第9项产品");
    assertThat(
            engine
                .complete(
                    warehouse.getId(),
                    DemoUser.WAREHOUSE,
                    Map.of("safetyStockDecision", "change", "safetyStockChanges", "1 260"))
                .statusCode())
        .isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count())
        .isZero();
    JsonNode closed =
        engine.get("/api/usage-statements?customer=C001&month=2031-05", DemoUser.ASSISTANT_LIU);
    assertThat(closed.at("/items/0/closeStatus").asText()).isEqualTo("CLOSED");
    assertThat(closed.at("/items/0/lines/0/productionQuantity").decimalValue())
        .isEqualByComparingTo("192");
    assertThat(closed.at("/items/0/lines/0/productionBy").asText()).isEqualTo(DemoUser.PRODUCTION);
    assertThat(closed.at("/items/0/lines/0/warehouseQuantity").decimalValue())
        .isEqualByComparingTo("260");

    // never two closes of a month: the calendar again, a confirmed statement, finance by hand
    calendarRuns();
    events.publishEvent(new StatementConfirmed(customerId, MAY, LocalDate.of(2031, 6, 1)));
    HttpResponse<String> byHand =
        web.postJson(
            "/engine-rest/process-definition/key/monthlyClose/start",
            DemoUser.FINANCE,
            "{\"variables\": {\"customerCode\": {\"value\": \"c001\"},"
                + " \"closeMonth\": {\"value\": \"2031-05\"}}}");
    assertThat(byHand.statusCode()).as(byHand.body()).isEqualTo(200);
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(MonthlyCloseProcess.KEY)
                .processInstanceBusinessKey("C001-2031-05")
                .count())
        .isEqualTo(2);
    assertThat(
            historyService
                .createHistoricActivityInstanceQuery()
                .activityId(Elements.END_ALREADY_CLOSED)
                .processInstanceId(engine.read(byHand.body()).get("id").asText())
                .count())
        .as("finance's start found May closed")
        .isEqualTo(1);
    assertThat(
            jdbcClient
                .sql(
                    "SELECT COUNT(*) FROM month_close WHERE customer_id = :c AND close_month = '2031-05'")
                .param("c", customerId)
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    // June's statement confirmed in June: June's close waits for the month's end
    events.publishEvent(
        new StatementConfirmed(customerId, YearMonth.of(2031, 6), LocalDate.of(2031, 6, 1)));
    List<ProcessInstance> juneClose = closesOf("C001-2031-06");
    assertThat(juneClose).hasSize(1);
    Job monthEnd =
        managementService
            .createJobQuery()
            .processInstanceId(juneClose.get(0).getId())
            .timers()
            .activityId(Elements.WAIT_MONTH_END)
            .singleResult();
    assertThat(monthEnd.getDuedate()).isEqualTo(Date.from(Instant.parse("2031-06-30T16:00:00Z")));
    runtimeService.deleteProcessInstance(juneClose.get(0).getId(), "the test ends here");
  }
}
