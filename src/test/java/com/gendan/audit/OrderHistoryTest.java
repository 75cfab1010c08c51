package com.gendan.audit;

import static com.gendan.JsonArrays.byField;
import static com.gendan.JsonArrays.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.GendanSpringBootTest;
import com.gendan.identity.DemoUser;
import com.gendan.order.OrderFlowTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The auditor reads the story of an order that has ended, found by its number: who registered it,
 * who planned it, who cancelled it and why, and when each happened.
 */
@GendanSpringBootTest
class OrderHistoryTest extends OrderFlowTest {

  /** The direct change and cancellation endpoints are repairs, for the admin only. */
  private static final String ADMIN = "admin";

  @Test
  void anAuditorFindsACancelledOrderByItsNumberAndReadsWhoDidWhatWhen() {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "fax", "35");
    String instanceId = plan(order);
    HttpResponse<String> cancelled =
        web.postJson(
            "/api/orders/" + order.get("id").asLong() + "/cancellation",
            ADMIN,
            "{\"reason\": \"客户取消\"}");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    engine.runDueJobs(instanceId);
    String number = order.get("orderNumber").asText();

    JsonNode found =
        engine.get("/api/audit/instances?document=" + number + "&state=FINISHED", DemoUser.AUDITOR);
    assertThat(found.get("items")).hasSize(1);
    assertThat(found.at("/items/0/processName").asText()).isEqualTo("销售订单");
    assertThat(found.at("/items/0/end").isNull()).isFalse();
    String page = found.at("/items/0/documentPage").asText();
    assertThat(page).isEqualTo("/documents/orders/" + number);
    HttpResponse<String> document = web.get(page, DemoUser.AUDITOR);
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body()).contains(number, "已取消");

    JsonNode story = engine.get("/api/audit/instances/" + instanceId, DemoUser.AUDITOR);
    assertThat(story.at("/instance/startedByName").asText()).isEqualTo("刘洋");
    JsonNode planning = byField(story.get("tasks"), "name", "确认生产计划");
    assertThat(planning.get("completedByName").asText()).isEqualTo("郑伟");
    assertThat(planning.get("end").isNull()).isFalse();
    assertThat(texts(story.get("steps"), "name")).contains("自动审查订单");
    assertThat(texts(story.get("variables"), "name")).contains("orderNumber");
    assertThat(texts(story.get("steps"), "start"))
        .allSatisfy(t -> assertThat(t).endsWith("+08:00"));
  }
}
