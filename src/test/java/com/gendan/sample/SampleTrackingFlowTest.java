package com.gendan.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.Tasklist;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A sample request walked the way the demo users walk it, through Gendan's API and the engine REST
 * API that Tasklist uses, with GreenMail as the mail server and the timers executed.
 */
class SampleTrackingFlowTest extends ProcessFlowTest {

  static final String CUSTOMER_CONTACT = "zhangwei@hengda-example.cn";
  static final String TODAY = LocalDate.now().toString();

  @Autowired HistoryService historyService;

  @Test
  void aFreeSampleIsApprovedShippedFollowedUpEscalatedAndApproved() throws Exception {
    JsonNode sample = request(DemoUser.ASSISTANT_LIU, 5000, false);
    String instanceId = sample.get("processInstanceId").asText();
    String sampleNumber = sample.get("sampleNumber").asText();
    assertThat(sample.get("status").asText()).isEqualTo("AWAITING_APPROVAL");

    Task approval = onlyTask(instanceId, SampleTrackingProcess.Elements.APPROVE_SAMPLE);
    assertThat(complete(approval, DemoUser.REP_WANG, Map.of("approvalDecision", "approve")))
        .as("only sales managers approve")
        .isEqualTo(403);
    assertThat(complete(approval, DemoUser.SALES_MANAGER, Map.of("approvalDecision", "approve")))
        .isEqualTo(204);

    Task shipping = onlyTask(instanceId, SampleTrackingProcess.Elements.SHIP_SAMPLE);
    assertThat(
            engine
                .complete(
                    shipping.getId(),
                    DemoUser.WAREHOUSE,
                    Map.of("carrier", "SF", "trackingNumber", " ", "shippedDate", TODAY))
                .body())
        .contains("运单号");
    assertThat(
            complete(
                shipping,
                DemoUser.WAREHOUSE,
                Map.of("carrier", "SF", "trackingNumber", "SF1234567890", "shippedDate", TODAY)))
        .isEqualTo(204);
    engine.runDueJobs(instanceId);
    List<MimeMessage> tracking =
        ReceivedMails.awaitAbout(greenMail, CUSTOMER_CONTACT, sampleNumber);
    assertThat(tracking).hasSize(1);
    assertThat(text(tracking.get(0))).contains("SF1234567890", "顺丰速运");

    Task delivery = task(instanceId);
    assertThat(complete(delivery, DemoUser.ASSISTANT_LIU, Map.of("deliveredDate", TODAY)))
        .as("the assistant may confirm delivery too")
        .isEqualTo(204);

    // the follow-up task is open from the delivery on; each contact without a result opens the
    // next one at once, and an open one reminds the assistant by mail every 3 days
    Task firstFollowUp = onlyTask(instanceId, SampleTrackingProcess.Elements.FOLLOW_UP_RESULT);
    assertThat(firstFollowUp.getAssignee()).isEqualTo(DemoUser.ASSISTANT_LIU);
    assertThat(firstFollowUp.getDueDate()).isAfter(new java.util.Date());
    engine.runTimer(instanceId, SampleTrackingProcess.Elements.FOLLOW_UP_RESULT);
    assertThat(ReceivedMails.awaitAbout(greenMail, "liuyang@gendan.local", sampleNumber))
        .anySatisfy(mail -> assertThat(mail.getSubject()).contains("提醒", "样品测试结果"));
    assertThat(task(instanceId).getId()).as("still open").isEqualTo(firstFollowUp.getId());
    for (int contact = 1; contact <= 2; contact++) {
      Task followUp = onlyTask(instanceId, SampleTrackingProcess.Elements.FOLLOW_UP_RESULT);
      assertThat(
              complete(
                  followUp,
                  DemoUser.ASSISTANT_LIU,
                  contact("pending", "客户说还在排期测试（第" + contact + "次）")))
          .isEqualTo(204);
    }

    // 14 days without a result: the sales rep is asked to help, by task and mail
    engine.runTimer(instanceId, SampleTrackingProcess.Elements.ESCALATION_TIMER);
    engine.runDueJobs(instanceId);
    assertThat(ReceivedMails.awaitAbout(greenMail, "wangqiang@gendan.local", sampleNumber))
        .hasSize(1);
    Task help =
        tasks(instanceId).stream()
            .filter(t -> DemoUser.REP_WANG.equals(t.getAssignee()))
            .findFirst()
            .orElseThrow();
    Map<String, Object> tooLong =
        Map.of("contactDate", TODAY, "contactPerson", "张".repeat(51), "contactNote", "答应本周给结果");
    assertThat(engine.complete(help.getId(), DemoUser.REP_WANG, tooLong).body())
        .as("longer than the form and the column allow: refused, naming the field")
        .contains("联系人", "最多 50");
    assertThat(
            complete(
                help,
                DemoUser.REP_WANG,
                Map.of("contactDate", TODAY, "contactPerson", "张伟", "contactNote", "采购经理答应本周内给结果")))
        .isEqualTo(204);

    Map<String, Object> passed = new HashMap<>(contact("conditional", "电性能合格，需改包装"));
    passed.put("customerFeedback", "电性能合格");
    Task lastFollowUp = onlyTask(instanceId, SampleTrackingProcess.Elements.FOLLOW_UP_RESULT);
    assertThat(engine.complete(lastFollowUp.getId(), DemoUser.ASSISTANT_LIU, passed).body())
        .as("a conditional pass without its conditions is refused, naming the field")
        .contains("通过条件", "有条件通过时请写明条件");
    passed.put("resultConditions", "量产时每盘须加防潮包装");
    assertThat(complete(lastFollowUp, DemoUser.ASSISTANT_LIU, passed)).isEqualTo(204);

    HistoricProcessInstance history =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceId(instanceId)
            .singleResult();
    assertThat(history.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    JsonNode done = engine.get("/api/samples/" + sample.get("id").asLong(), DemoUser.REP_WANG);
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
    assertThat(done.get("statusLabel").asText()).isEqualTo("有条件通过");
    assertThat(done.at("/rounds/0/resultLabel").asText()).isEqualTo("有条件通过");
    assertThat(done.at("/rounds/0/contacts")).hasSize(4);
    assertThat(done.at("/rounds/0/trackingNumber").asText()).isEqualTo("SF1234567890");
    JsonNode approvals =
        engine.get("/api/sample-approvals?customer=" + customerId, DemoUser.ASSISTANT_LIU);
    assertThat(approvals)
        .anySatisfy(
            found -> {
              assertThat(found.get("sampleNumber").asText())
                  .isEqualTo(sample.get("sampleNumber").asText());
              assertThat(found.get("productCode").asText()).isEqualTo("EC-R0603-103");
              assertThat(found.get("conditions").asText()).contains("防潮包装");
            });
    assertThat(
            web.get("/api/sample-approvals?customer=" + customerId, DemoUser.ASSISTANT_CHEN)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aChargedSampleGoesStraightToTheWarehouseAndCanBeWithdrawn() {
    JsonNode sample = request(DemoUser.ASSISTANT_LIU, 5000, true);
    String instanceId = sample.get("processInstanceId").asText();
    assertThat(task(instanceId).getTaskDefinitionKey())
        .isEqualTo(SampleTrackingProcess.Elements.SHIP_SAMPLE);
    String withdrawal = "/api/samples/" + sample.get("id").asLong() + "/withdrawal";
    assertThat(web.postJson(withdrawal, DemoUser.ASSISTANT_CHEN, "{\"reason\":\"x\"}").statusCode())
        .isEqualTo(403);
    assertThat(web.postJson(withdrawal, DemoUser.ASSISTANT_LIU, "{\"reason\":\"\"}").statusCode())
        .isEqualTo(400);
    assertThat(
            web.postJson(withdrawal, DemoUser.ASSISTANT_LIU, "{\"reason\":\"客户项目取消\"}")
                .statusCode())
        .isEqualTo(204);

    assertThat(tasks(instanceId)).isEmpty();
    JsonNode withdrawn =
        engine.get("/api/samples/" + sample.get("id").asLong(), DemoUser.ASSISTANT_LIU);
    assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.get("withdrawalReason").asText()).isEqualTo("客户项目取消");
  }

  @Test
  void badRequestsAreRefusedNamingTheFieldAndNothingIsSaved() {
    Integer before = jdbc.queryForObject("select count(*) from sample_request", Integer.class);
    HttpResponse<String> response =
        web.postJson(
            "/api/samples",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "quantity": 0, "purpose": "", "sampleValue": 10,
         "targetDate": "2020-01-01"}"""
                .formatted(customerId));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("quantity", "purpose");
    HttpResponse<String> noSpec =
        web.postJson(
            "/api/samples",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "quantity": 5, "purpose": "试产", "sampleValue": 10,
         "targetDate": "2020-01-01"}"""
                .formatted(customerId));
    assertThat(noSpec.statusCode()).isEqualTo(400);
    assertThat(noSpec.body()).contains("specText", "targetDate");
    assertThat(jdbc.queryForObject("select count(*) from sample_request", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void aPassShowsAsPassedTheDayOfDelivery() {
    JsonNode sample = request(DemoUser.ASSISTANT_LIU, 100, true);
    String instanceId = sample.get("processInstanceId").asText();
    deliver(instanceId);

    assertThat(
            complete(
                onlyTask(instanceId, SampleTrackingProcess.Elements.FOLLOW_UP_RESULT),
                DemoUser.ASSISTANT_LIU,
                contact("pass", "客户当天就测完了")))
        .as("no timer needs to fire before the result is recorded")
        .isEqualTo(204);

    JsonNode done = engine.get("/api/samples/" + sample.get("id").asLong(), DemoUser.ASSISTANT_LIU);
    assertThat(done.get("statusLabel").asText()).isEqualTo("测试通过");
    assertThat(done.at("/rounds/0/resultLabel").asText()).isEqualTo("测试通过");
  }

  @Test
  void aSampleOfAProductIsCountedInTheProductsUnitUnlessTheFormSaysOtherwise() {
    Tasklist liu = Tasklist.login(port, json, DemoUser.ASSISTANT_LIU);
    Map<String, Object> form = new HashMap<>();
    form.put("customerCode", "C001");
    form.put("productCode", "EC-R0603-103");
    form.put("quantity", 2);
    form.put("sampleValue", 100);
    form.put("purpose", "来料检验");
    form.put("targetDate", LocalDate.now().plusDays(7).toString());

    assertThat(liu.start(SampleTrackingProcess.KEY, form).statusCode()).isEqualTo(200);
    assertThat(latestUnit()).as("the product's unit").isEqualTo("盘");

    form.put("unit", "只");
    assertThat(liu.start(SampleTrackingProcess.KEY, form).statusCode()).isEqualTo(200);
    assertThat(latestUnit()).as("what the assistant typed").isEqualTo("只");

    form.remove("unit");
    form.remove("productCode");
    form.put("specText", "0402 4.7kΩ ±1% 贴片电阻");
    assertThat(liu.start(SampleTrackingProcess.KEY, form).statusCode()).isEqualTo(200);
    assertThat(latestUnit()).as("a sample described in words").isEqualTo("件");

    form.put("unit", "只".repeat(11));
    HttpResponse<String> tooLong = liu.start(SampleTrackingProcess.KEY, form);
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("单位", "最多 10");
  }

  private String latestUnit() {
    return jdbc.queryForObject(
        "select unit from sample_request order by id desc limit 1", String.class);
  }

  private void deliver(String instanceId) {
    assertThat(
            complete(
                onlyTask(instanceId, SampleTrackingProcess.Elements.SHIP_SAMPLE),
                DemoUser.WAREHOUSE,
                Map.of("carrier", "SF", "trackingNumber", "SF9876543210", "shippedDate", TODAY)))
        .isEqualTo(204);
    engine.runDueJobs(instanceId);
    assertThat(
            complete(
                onlyTask(instanceId, SampleTrackingProcess.Elements.CONFIRM_DELIVERY),
                DemoUser.WAREHOUSE,
                Map.of("deliveredDate", TODAY)))
        .isEqualTo(204);
  }

  private JsonNode request(String user, int value, boolean charged) {
    HttpResponse<String> response =
        web.postJson(
            "/api/samples",
            user,
            """
        {"customerId": %d, "productCode": "EC-R0603-103", "quantity": 2, "unit": "盘",
         "purpose": "新机型试产验证", "charged": %s, "sampleValue": %d,
         "targetDate": "%s"}"""
                .formatted(customerId, charged, value, LocalDate.now().plusDays(7)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return engine.read(response.body());
  }

  private static Map<String, Object> contact(String result, String note) {
    return Map.of(
        "contactDate", TODAY, "contactPerson", "张伟", "contactNote", note, "sampleResult", result);
  }

  private int complete(Task task, String user, Map<String, Object> values) {
    return engine.complete(task.getId(), user, values).statusCode();
  }

  private List<Task> tasks(String instanceId) {
    return taskService.createTaskQuery().processInstanceId(instanceId).list();
  }

  private static String text(MimeMessage message) throws Exception {
    return ReceivedMails.leaves(message).stream()
        .filter(leaf -> leaf.is("text/plain"))
        .map(ReceivedMails.Leaf::text)
        .findFirst()
        .orElse("");
  }
}
