package com.gendan.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.Tasklist;
import com.gendan.identity.DemoUser;
import com.gendan.production.DueDateWatch;
import com.gendan.sample.SampleTrackingProcess;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the order forms show and let the assistant and production do, walked as the demo users:
 * review findings in Chinese, a missing standing requirement added from the correction form, a
 * conditional sample pass's conditions on the correction and production plan forms and in the plan
 * mail, the plan's lines without the customer's price, and a planned completion after a requested
 * date escalated as a LATE exception at once.
 */
class OrderFormsFlowTest extends OrderFlowTest {

  private static final String CONDITION = "量产时每盘须加防潮包装，盘标签注明批号";

  @Autowired DueDateWatch dueDateWatch;

  @Test
  void aMissingStandingRequirementIsAddedFromTheCorrectionAndSampleConditionsReachThePlan()
      throws Exception {
    String sampleNumber = conditionalSamplePass(PRODUCT, CONDITION);
    agreePrice("35");
    String[] standing = STANDING.split("；");
    LocalDate due = LocalDate.now().plusDays(20);
    JsonNode order =
        register(
            DemoUser.ASSISTANT_LIU,
            order(customerId, OrderChannel.EMAIL, standing[0], line(PRODUCT, "100", "35", due)));
    String instanceId = reviewed(order);

    Task correction = task(instanceId, SalesOrderProcess.Elements.CORRECT_ORDER);
    assertThat(correction).as("the missing standing requirement is a finding").isNotNull();
    JsonNode shown = formVariables(correction);
    assertThat(value(shown, "findingsText"))
        .as("the finding's kind in Chinese, not its code")
        .contains("整单 【订单未体现客户的常规要求】", standing[1])
        .doesNotContain("STANDING_REQUIREMENT_MISSING", "[");
    assertThat(value(shown, "sampleConditionsText"))
        .as("the conditional pass of the customer's sample of this product")
        .contains("第1行 " + PRODUCT, sampleNumber, "有条件通过", CONDITION);
    assertThat(value(shown, "specialRequirements")).isEqualTo(standing[0]);

    HttpResponse<String> nothing =
        engine.complete(
            correction.getId(), DemoUser.ASSISTANT_LIU, Map.of("correctionAction", "revise"));
    assertThat(nothing.statusCode()).isEqualTo(400);
    assertThat(nothing.body()).contains("更正后的明细", "或补充特殊要求");
    HttpResponse<String> tooLong =
        engine.complete(
            correction.getId(),
            DemoUser.ASSISTANT_LIU,
            Map.of("correctionAction", "revise", "addedSpecialRequirements", "要".repeat(1001)));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("补充特殊要求", "最多 1000");

    assertThat(
            engine
                .complete(
                    correction.getId(),
                    DemoUser.ASSISTANT_LIU,
                    Map.of("correctionAction", "revise", "addedSpecialRequirements", standing[1]))
                .statusCode())
        .isEqualTo(204);
    String corrected = standing[0] + "；" + standing[1];
    engine.runDueJobs(instanceId);

    JsonNode view = orderView(order);
    assertThat(view.get("specialRequirements").asText()).isEqualTo(corrected);
    assertThat(view.get("lines").get(0).get("quantity").decimalValue())
        .as("the lines stay as they were")
        .isEqualByComparingTo("100");
    assertThat(latestFindings(order)).as("reviewed again: nothing missing").isEmpty();
    assertThat(view.get("statusHistory").toString()).contains("按客户更正补充特殊要求：" + standing[1]);

    Task plan = task(instanceId, SalesOrderProcess.Elements.CONFIRM_PRODUCTION_PLAN);
    assertThat(plan).as("the corrected order goes to production").isNotNull();
    JsonNode planForm =
        engine.get("/engine-rest/task/" + plan.getId() + "/form-variables", DemoUser.PRODUCTION);
    assertThat(value(planForm, "planLinesText"))
        .contains(
            "第1行 " + PRODUCT + " 贴片陶瓷电容",
            "规格：0805 10μF 25V X5R ±10%，4000只/盘",
            "数量 100盘",
            "交期 " + due)
        .as("production sees no price")
        .doesNotContain(" 35");
    assertThat(value(planForm, "sampleConditionsText")).contains(sampleNumber, CONDITION);
    assertThat(value(planForm, "earliestRequestedDate")).isEqualTo(due.toString());
    assertThat(value(planForm, "specialRequirements")).isEqualTo(corrected);

    String mail =
        awaitMailText(DemoUser.PRODUCTION + "@gendan.local", order.get("orderNumber").asText());
    assertThat(mail)
        .contains("贴片陶瓷电容", "数量 100盘", "样品承认条件", CONDITION, standing[1])
        .doesNotContain("单价");
  }

  @Test
  void anOrderStartedWithAChannelTheFormDoesNotOfferIsRefusedByTheFieldsLabel() {
    Map<String, Object> order =
        Map.of(
            "customerCode",
            "C001",
            "channel",
            "pigeon",
            "linesText",
            PRODUCT + " 100 35 " + LocalDate.now().plusDays(40));
    int before = orderCount();

    HttpResponse<String> refused =
        Tasklist.login(port, json, DemoUser.ASSISTANT_LIU).start(SalesOrderProcess.KEY, order);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("订单来源", "请选择：传真、邮寄、电子邮件、电话、EDI");
    assertThat(orderCount()).as("nothing registered").isEqualTo(before);
  }

  @Test
  void aPlannedCompletionAfterARequestedDateIsALateExceptionAtOnce() throws Exception {
    agreePrice("35");
    JsonNode onTime = register(DemoUser.ASSISTANT_LIU, "email", "35");
    plan(onTime, LocalDate.now().plusDays(10));
    assertThat(orderView(onTime).get("exceptions")).as("a plan that makes the date").isEmpty();

    JsonNode late = register(DemoUser.ASSISTANT_LIU, "email", "35");
    String instanceId = reviewed(late);
    Task plan = task(instanceId, SalesOrderProcess.Elements.CONFIRM_PRODUCTION_PLAN);
    String form =
        engine
            .get("/engine-rest/task/" + plan.getId() + "/deployed-form", DemoUser.PRODUCTION)
            .toString();
    assertThat(form)
        .as("the form warns before production confirms a late plan")
        .contains("计划完工日期晚于订单交期", "date(plannedCompletionDate) > date(earliestRequestedDate)");
    LocalDate requested = LocalDate.now().plusDays(20);
    assertThat(
            engine
                .complete(
                    plan.getId(),
                    DemoUser.PRODUCTION,
                    Map.of("plannedCompletionDate", requested.plusDays(1).toString()))
                .statusCode())
        .isEqualTo(204);

    JsonNode exceptions = orderView(late).get("exceptions");
    assertThat(exceptions).as("raised with the plan, not an hour later").hasSize(1);
    assertThat(exceptions.get(0).get("kind").asText()).isEqualTo("LATE");
    assertThat(exceptions.get(0).get("description").asText())
        .contains("确认生产计划时检查", "计划完工 " + requested.plusDays(1), "交期 " + requested);
    engine.runDueJobs(instanceId);
    Task decision = task(instanceId, SalesOrderProcess.Elements.DECIDE_EXCEPTION);
    assertThat(decision).as("top management decides at once").isNotNull();
    assertThat(
            awaitMailText(
                DemoUser.GENERAL_MANAGER + "@gendan.local", late.get("orderNumber").asText()))
        .contains("交期延误", "确认生产计划时检查");

    dueDateWatch.watch();
    assertThat(orderView(late).get("exceptions"))
        .as("the watch does not raise it again")
        .hasSize(1);
  }

  /**
   * A charged sample of the product for C001, shipped, delivered and passed with {@code conditions}
   * by the demo users; answers its sample number.
   */
  private String conditionalSamplePass(String productCode, String conditions) {
    HttpResponse<String> requested =
        web.postJson(
            "/api/samples",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "productCode": "%s", "quantity": 1, "purpose": "量产前验证",
         "charged": true, "sampleValue": 50, "targetDate": "%s"}"""
                .formatted(customerId, productCode, LocalDate.now().plusDays(7)));
    assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
    JsonNode sample = engine.read(requested.body());
    String instanceId = sample.get("processInstanceId").asText();
    String today = LocalDate.now().toString();
    complete(
        instanceId,
        SampleTrackingProcess.Elements.SHIP_SAMPLE,
        DemoUser.WAREHOUSE,
        Map.of("carrier", "SF", "trackingNumber", "SF5550001", "shippedDate", today));
    engine.runDueJobs(instanceId);
    complete(
        instanceId,
        SampleTrackingProcess.Elements.CONFIRM_DELIVERY,
        DemoUser.WAREHOUSE,
        Map.of("deliveredDate", today));
    Map<String, String> result = new HashMap<>();
    result.put("contactDate", today);
    result.put("contactPerson", "张伟");
    result.put("contactNote", "电性能合格，包装须改");
    result.put("sampleResult", "conditional");
    result.put("resultConditions", conditions);
    complete(
        instanceId,
        SampleTrackingProcess.Elements.FOLLOW_UP_RESULT,
        DemoUser.ASSISTANT_LIU,
        result);
    return sample.get("sampleNumber").asText();
  }

  /** The value Tasklist would show in the field with this key. */
  private static String value(JsonNode formVariables, String key) {
    assertThat(formVariables.has(key)).as("form variable " + key).isTrue();
    return formVariables.get(key).get("value").asText();
  }

  private int orderCount() {
    return jdbc.queryForObject("select count(*) from sales_order", Integer.class);
  }
}
