package com.gendan.team;

import static com.gendan.JsonArrays.byField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.GendanSpringBootTest;
import com.gendan.ProcessFlowTest;
import com.gendan.identity.DemoUser;
import com.gendan.quote.QuoteWalk;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sales manager's team view: each assistant's open work, and the documents that are stuck. */
@GendanSpringBootTest
class TeamViewTest extends ProcessFlowTest {

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void theManagerSeesEachAssistantsOpenWorkAndTheDocumentsStuckOverdueOrTooLongAtAStep() {
    QuoteWalk walk = new QuoteWalk(web, engine, taskService);
    JsonNode overdueQuote = walk.registerOneLine(customerId);
    Task overdue = walk.task(overdueQuote.get("processInstanceId").asText());
    taskService.setDueDate(overdue.getId(), Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));
    JsonNode waitingQuote = walk.registerOneLine(customerId);
    Task waiting = walk.task(waitingQuote.get("processInstanceId").asText());
    taskService.setDueDate(waiting.getId(), Date.from(Instant.now().plus(10, ChronoUnit.DAYS)));

    JsonNode workload = engine.get("/api/team/workload", DemoUser.SALES_MANAGER);
    JsonNode liu = byField(workload, "userId", DemoUser.ASSISTANT_LIU);
    assertThat(liu.get("name").asText()).isEqualTo("刘洋");
    assertThat(liu.get("open").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(liu.get("overdue").asLong()).isPositive();
    assertThat(liu.get("oldest").get("taskId").asText()).isNotBlank();
    assertThat(workload.findValuesAsText("userId")).contains(DemoUser.ASSISTANT_CHEN);

    JsonNode stuckNow = engine.get("/api/team/stuck", DemoUser.SALES_MANAGER);
    JsonNode late = byField(stuckNow, "taskId", overdue.getId());
    assertThat(late.get("kind").asText()).isEqualTo("已逾期");
    assertThat(late.get("documentNumber").asText())
        .isEqualTo(overdueQuote.get("quoteNumber").asText());
    assertThat(late.get("step").asText()).isEqualTo("编制报价");
    assertThat(late.get("assigneeName").asText()).isEqualTo("刘洋");
    assertThat(stuckNow.findValuesAsText("taskId")).doesNotContain(waiting.getId());

    // four days on, the quote not yet due has been at its step too long
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(4, ChronoUnit.DAYS)));
    JsonNode stuckLater = engine.get("/api/team/stuck", DemoUser.SALES_MANAGER);
    JsonNode tooLong = byField(stuckLater, "taskId", waiting.getId());
    assertThat(tooLong.get("kind").asText()).isEqualTo("停留超过3天");
    assertThat(tooLong.get("documentNumber").asText())
        .isEqualTo(waitingQuote.get("quoteNumber").asText());

    assertThat(web.get("/api/team/stuck", DemoUser.ASSISTANT_LIU).statusCode()).isEqualTo(403);
    assertThat(web.get("/api/team/workload", DemoUser.AUDITOR).statusCode()).isEqualTo(403);
    assertThat(web.get("/api/team/workload", DemoUser.GENERAL_MANAGER).statusCode()).isEqualTo(200);
  }
}
