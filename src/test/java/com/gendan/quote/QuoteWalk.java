package com.gendan.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.EngineRest;
import com.gendan.WebClient;
import com.gendan.identity.DemoUser;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * A quote walked as the demo users walk it, through Gendan's API and the engine REST API: what flow
 * tests of the quote and of the views over its history share.
 */
public final class QuoteWalk {

  private final WebClient web;
  private final EngineRest engine;
  private final TaskService taskService;

  public QuoteWalk(WebClient web, EngineRest engine, TaskService taskService) {
    this.web = web;
    this.engine = engine;
    this.taskService = taskService;
  }

  /** A quote registered (201) as {@code user}; its first async step has run. */
  public JsonNode register(String user, String inquiry) {
    HttpResponse<String> response = web.postJson("/api/quotes", user, inquiry);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode quote = engine.read(response.body());
    engine.runDueJobs(quote.get("processInstanceId").asText());
    return quote;
  }

  /** A quote of one line for the customer, at the assistant's price, not yet drafted. */
  public JsonNode registerOneLine(long customerId) {
    return register(
        DemoUser.ASSISTANT_LIU,
        """
        {"customerId": %d, "lines": [{"productCode": "EC-R0603-103", "quantity": 100}]}"""
            .formatted(customerId));
  }

  /**
   * A one-line quote at 17.00 (above the floor price, so the sales manager alone signs) drafted,
   * signed, sent and accepted by the customer: its process has ended.
   */
  public JsonNode finished(long customerId) {
    JsonNode quote = registerOneLine(customerId);
    String instanceId = quote.get("processInstanceId").asText();
    assertThat(completeDraft(task(instanceId), DemoUser.ASSISTANT_LIU, "17.00")).isEqualTo(204);
    assertThat(sign(task(instanceId), DemoUser.SALES_MANAGER, "approve", "同意")).isEqualTo(204);
    engine.runDueJobs(instanceId);
    assertThat(respond(task(instanceId), DemoUser.ASSISTANT_LIU, "partial", "[1]", null))
        .isEqualTo(204);
    engine.runDueJobs(instanceId);
    return quote;
  }

  public int completeDraft(Task draft, String user, String... unitPrices) {
    return completeDraftResponse(draft, user, unitPrices).statusCode();
  }

  /** As the draft form submits it: one price field per line. */
  public HttpResponse<String> completeDraftResponse(Task draft, String user, String... unitPrices) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < unitPrices.length; i++) {
      variables.put(
          QuoteApprovalProcess.Variables.UNIT_PRICE_PREFIX + (i + 1),
          Double.parseDouble(unitPrices[i]));
    }
    return engine.complete(draft.getId(), user, variables);
  }

  public int sign(Task task, String user, String decision, String comment) {
    return engine
        .complete(
            task.getId(),
            user,
            Map.of("signDecision", decision, "signComment", comment == null ? "" : comment))
        .statusCode();
  }

  public int respond(Task task, String user, String response, String acceptedLines, String reason) {
    return engine
        .complete(
            task.getId(),
            user,
            Map.of(
                "customerResponse",
                response,
                "acceptedLines",
                EngineRest.typed(acceptedLines, "Json"),
                "responseReason",
                reason == null ? "" : reason))
        .statusCode();
  }

  /** The one open task of the instance. */
  public Task task(String instanceId) {
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
  }
}
