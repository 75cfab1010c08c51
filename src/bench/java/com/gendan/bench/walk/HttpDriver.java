package com.gendan.bench.walk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Walks a lifecycle through Gendan's HTTP stack as its users do: Gendan's API for what it offers,
 * and for tasks what Tasklist does — find the task (a task query as the user) and submit its form
 * ({@code POST /engine-rest/task/{id}/submit-form}). Between steps it waits until the next task is
 * there ({@link InstanceWatch}), as a user would only then open it.
 */
public final class HttpDriver implements Driver {

  /** Messages through the engine REST API are for admins only (Gendan's EngineInputGuard). */
  static final String ADMIN = "admin";

  private final UserHttp http;
  private final InstanceWatch watch;
  private long waitedNanos;

  public HttpDriver(UserHttp http, InstanceWatch watch) {
    this.http = http;
    this.watch = watch;
  }

  @Override
  public Started start(Step start) {
    if (start instanceof Step.ApiStart api) {
      JsonNode document = http.post(api.path(), api.user(), api.body(), 201);
      return new Started(document.get("processInstanceId").asText(), document.get("id").asText());
    }
    Step.EngineStart engine = (Step.EngineStart) start;
    JsonNode instance =
        http.post(
            "/engine-rest/process-definition/key/" + engine.processKey() + "/start",
            engine.user(),
            UserHttp.variables(engine.values()),
            200);
    return new Started(instance.get("id").asText(), null);
  }

  @Override
  public void completeTask(Started instance, Step.CompleteTask step) {
    long began = System.nanoTime();
    watch.awaitTask(instance.processInstanceId(), step.taskKey());
    waitedNanos += System.nanoTime() - began;
    JsonNode tasks =
        http.get(
            "/engine-rest/task?processInstanceId="
                + instance.processInstanceId()
                + "&taskDefinitionKey="
                + step.taskKey()
                + "&firstResult=0&maxResults=15",
            step.user());
    if (tasks.size() != 1) {
      throw new IllegalStateException(
          step.user()
              + " sees "
              + tasks.size()
              + " tasks "
              + step.taskKey()
              + " of "
              + instance.processInstanceId());
    }
    http.post(
        "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form",
        step.user(),
        UserHttp.variables(step.values()),
        204);
  }

  @Override
  public void callApi(Started instance, Step.ApiCall step) {
    http.post(
        step.pathTemplate().replace("{id}", instance.documentId()), step.user(), step.body(), 201);
  }

  @Override
  public void sendMessage(Started instance, Step.Message step) {
    http.post(
        "/engine-rest/message",
        ADMIN,
        Map.of(
            "messageName", step.messageName(), "processInstanceId", instance.processInstanceId()),
        204);
  }

  @Override
  public void awaitEnd(Started instance) {
    long began = System.nanoTime();
    watch.awaitEnd(instance.processInstanceId());
    waitedNanos += System.nanoTime() - began;
  }

  @Override
  public long waitedNanos() {
    return waitedNanos;
  }
}
