package com.gendan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.TestUsers;
import com.gendan.identity.DemoUser;
import com.gendan.identity.Role;
import com.gendan.order.OrderFlowTest;
import com.gendan.order.SalesOrderProcess.Elements;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.web.DatabaseUnavailableFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What users get wrong through the engine REST API is a 4xx that says what happened, not a 500 with
 * an engine message: a form check 400 in Chinese, a task someone else holds 409, a lost race 409,
 * an unknown task 404 (the same answer as a task the user may not see); and only the user who
 * claimed a task completes it.
 */
class EngineErrorResponsesTest extends OrderFlowTest {

  private static final String LIU = DemoUser.ASSISTANT_LIU;

  private String plannedDate() {
    return LocalDate.now().plusDays(10).toString();
  }

  /** An order whose price is agreed: it waits for production to confirm the plan. */
  private Task planTask() {
    agreePrice("36");
    String instance = reviewed(register(LIU, "email", "36"));
    return task(instance, Elements.CONFIRM_PRODUCTION_PLAN);
  }

  @Test
  void aFormCheckInAListenerIsA400InChinese() {
    String instance = reviewed(register(LIU, "email", "33.33"));
    Task correction = task(instance, Elements.CORRECT_ORDER);

    HttpResponse<String> refused =
        engine.complete(
            correction.getId(),
            LIU,
            Map.of("correctionAction", "revise", "revisedLinesText", "xx yy"));

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode body = engine.read(refused.body());
    assertThat(body.get("type").asText()).isEqualTo("InvalidTaskInputException");
    assertThat(body.get("message").asText())
        .startsWith("更正后的明细第1行：应为")
        .doesNotContain("ENGINE-")
        .doesNotContain(correction.getId());
    assertThat(task(instance, Elements.CORRECT_ORDER)).as("still open").isNotNull();
  }

  @Test
  void anUnknownTaskIsA404LikeATaskTheUserMayNotSee() {
    String instance = reviewed(register(LIU, "email", "33.33"));
    Task correction = task(instance, Elements.CORRECT_ORDER);

    HttpResponse<String> unknown = engine.complete("no-such-task", LIU, Map.of());
    HttpResponse<String> notHers =
        engine.complete(
            correction.getId(),
            DemoUser.ASSISTANT_CHEN,
            Map.of("correctionAction", "accept", "acceptanceReason", "客户同意"));
    HttpResponse<String> claimUnknown =
        web.postJson("/engine-rest/task/no-such-task/claim", LIU, "{\"userId\": \"liuyang\"}");

    for (HttpResponse<String> response : List.of(unknown, notHers, claimUnknown)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
      assertThat(engine.read(response.body()).get("detail").asText())
          .isEqualTo(EngineInputGuard.NO_SUCH_TASK);
    }
    assertThat(task(instance, Elements.CORRECT_ORDER)).as("still open").isNotNull();
  }

  @Test
  void aTaskAnotherUserHoldsCannotBeClaimedNorCompletedUntilTheManagerReassignsIt() {
    String second = TestUsers.ensure(identityService, "production2", Role.PRODUCTION);
    Task plan = planTask();
    assertThat(
            web.postJson(
                    "/engine-rest/task/" + plan.getId() + "/claim",
                    DemoUser.PRODUCTION,
                    "{\"userId\": \"zhengwei\"}")
                .statusCode())
        .isEqualTo(204);

    HttpResponse<String> claim =
        web.postJson(
            "/engine-rest/task/" + plan.getId() + "/claim",
            second,
            "{\"userId\": \"production2\"}");
    HttpResponse<String> complete =
        engine.complete(plan.getId(), second, Map.of("plannedCompletionDate", plannedDate()));

    assertThat(claim.statusCode()).isEqualTo(409);
    assertThat(engine.read(claim.body()).get("message").asText())
        .isEqualTo(EngineErrorResponses.CLAIMED);
    assertThat(complete.statusCode()).isEqualTo(409);
    assertThat(engine.read(complete.body()).get("message").asText())
        .startsWith("此任务已由 郑伟 领取，只有领取人可以完成");
    assertThat(taskService.createTaskQuery().taskId(plan.getId()).singleResult().getAssignee())
        .isEqualTo(DemoUser.PRODUCTION);

    HttpResponse<String> reassigned =
        web.postJson(
            "/engine-rest/task/" + plan.getId() + "/assignee",
            DemoUser.SALES_MANAGER,
            "{\"userId\": \"production2\"}");
    assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(204);
    assertThat(
            engine
                .complete(plan.getId(), second, Map.of("plannedCompletionDate", plannedDate()))
                .statusCode())
        .isEqualTo(204);
  }

  @Test
  void aRefusedPermissionNamesNoInstanceNorDefinition() {
    Task plan = planTask();
    String instance = plan.getProcessInstanceId();

    // the auditor sees the task but may not work it: the engine's own refusal
    HttpResponse<String> refused =
        web.postJson(
            "/engine-rest/task/" + plan.getId() + "/claim",
            DemoUser.AUDITOR,
            "{\"userId\": \"linxue\"}");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body())
        .contains(EngineErrorResponses.FORBIDDEN)
        .doesNotContain(instance)
        .doesNotContain(plan.getId())
        .doesNotContain("salesOrder");
  }

  @Test
  void twoParallelCompletionsEndInOneSuccessAndNoServerError() throws Exception {
    for (int round = 0; round < 5; round++) {
      Task plan = planTask();
      Map<String, String> values = Map.of("plannedCompletionDate", plannedDate());
      CompletableFuture<HttpResponse<String>> first =
          CompletableFuture.supplyAsync(
              () -> engine.complete(plan.getId(), DemoUser.PRODUCTION, values));
      CompletableFuture<HttpResponse<String>> second =
          CompletableFuture.supplyAsync(
              () -> engine.complete(plan.getId(), DemoUser.PRODUCTION, values));

      List<Integer> statuses = List.of(first.get().statusCode(), second.get().statusCode());

      assertThat(statuses)
          .as(first.get().body() + " | " + second.get().body())
          .containsOnlyOnce(204)
          .allMatch(s -> s == 204 || s == 404 || s == 409);
    }
  }

  @Test
  void eachFailureIsAnsweredByItsType() {
    assertThat(
            EngineErrorResponses.answerFor(
                    new ProcessEngineException(
                        "wrapped", new OptimisticLockingException("row changed")))
                .orElseThrow()
                .status()
                .value())
        .isEqualTo(409);
    assertThat(
            EngineErrorResponses.answerFor(new TaskAlreadyClaimedException("t", "u"))
                .orElseThrow()
                .message())
        .isEqualTo(EngineErrorResponses.CLAIMED);
    assertThat(
            EngineErrorResponses.answerFor(new AuthorizationException("secret-id"))
                .orElseThrow()
                .message())
        .isEqualTo(EngineErrorResponses.FORBIDDEN);
    assertThat(
            EngineErrorResponses.answerFor(
                    new ProcessEngineException(
                        "listener", new InvalidTaskInputException("数量", "最多3位小数")))
                .orElseThrow()
                .message())
        .isEqualTo("数量：最多3位小数");
    assertThat(
            EngineErrorResponses.answerFor(
                    new NullValueException("Cannot find task with id t: task is null"))
                .orElseThrow()
                .status()
                .value())
        .isEqualTo(404);
    assertThat(
            EngineErrorResponses.answerFor(
                    new ProcessEngineException(
                        "wrapped", new java.sql.SQLException("deadlock detected", "40P01")))
                .orElseThrow()
                .status()
                .value())
        .isEqualTo(409);
    assertThat(EngineErrorResponses.answerFor(new ProcessEngineException("other"))).isEmpty();
  }

  /**
   * A login remembered from a moment ago lets a request reach the engine while the database is
   * away: the engine REST API's 500 for that becomes the 503 that every door answers then.
   */
  @Test
  void aCommandThatCannotReachTheDatabaseIsHandedOnForThe503() {
    EngineErrorResponses filter =
        new EngineErrorResponses(
            new EngineRestRoots("/engine-rest", "/camunda/api/engine"), null, null, json);
    CommandInterceptor firstInChain = CommandFailures.interceptor();
    firstInChain.setNext(
        new CommandExecutor() {
          @Override
          public <T> T execute(Command<T> command) {
            throw new CannotCreateTransactionException(
                "Could not open JPA EntityManager",
                new SQLTransientConnectionException(
                    "Connection is not available, request timed out"));
          }
        });
    FilterChain engineRest =
        (request, response) -> {
          try {
            firstInChain.execute(context -> null);
          } catch (RuntimeException e) {
            // what Camunda's REST API answers any exception it does not know
            ((HttpServletResponse) response).setStatus(500);
            response.getWriter().write("{\"type\":\"CannotCreateTransactionException\"}");
          }
        };

    assertThatThrownBy(
            () ->
                filter.doFilter(
                    new MockHttpServletRequest("GET", "/engine-rest/task"),
                    new MockHttpServletResponse(),
                    engineRest))
        .isInstanceOf(ServletException.class)
        .satisfies(
            e ->
                assertThat((Throwable) DatabaseUnavailableFilter.connectionFailure(e))
                    .isInstanceOf(SQLTransientConnectionException.class));
  }
}
