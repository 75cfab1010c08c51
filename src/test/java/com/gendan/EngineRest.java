package com.gendan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Drives processes the way Tasklist and the job executor do, for the Spring Boot flow tests:
 * completes tasks through the engine REST API as a user, runs due jobs and timers, reads JSON.
 */
public final class EngineRest {

  private final WebClient web;
  private final ObjectMapper json;
  private final ManagementService managementService;

  public EngineRest(WebClient web, ObjectMapper json, ManagementService managementService) {
    this.web = web;
    this.json = json;
    this.managementService = managementService;
  }

  /** A variable with an explicit Camunda type, e.g. {@code typed("[1]", "Json")}. */
  public static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  /**
   * Completes a task as {@code user}, submitting {@code values} like a form does: plain values, or
   * {@link #typed} ones.
   */
  public HttpResponse<String> complete(String taskId, String user, Map<String, ?> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach(
        (name, value) ->
            variables.put(
                name,
                value instanceof Map<?, ?> map && map.containsKey("value")
                    ? map
                    : Map.of("value", value)));
    try {
      return web.postJson(
          "/engine-rest/task/" + taskId + "/complete",
          user,
          json.writeValueAsString(Map.of("variables", variables)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The job executor is off in tests: runs the async steps that are due, as it would. */
  public void runDueJobs(String instanceId) {
    for (int round = 0; round < 10; round++) {
      List<Job> due =
          managementService.createJobQuery().processInstanceId(instanceId).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  /** Lets a timer fire now, as if its time had passed. */
  public void runTimer(String instanceId, String activityId) {
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(instanceId)
            .timers()
            .activityId(activityId)
            .singleResult();
    assertThat(timer).as("timer " + activityId).isNotNull();
    managementService.executeJob(timer.getId());
  }

  /** GETs {@code path} as {@code user}, expecting 200. */
  public JsonNode get(String path, String user) {
    HttpResponse<String> response = web.get(path, user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return read(response.body());
  }

  public JsonNode read(String body) {
    try {
      return json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(body, e);
    }
  }
}
