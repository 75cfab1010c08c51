package com.gendan.close;

import static com.gendan.ProcessTestEngine.passTimer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.gendan.ProcessTestEngine;
import com.gendan.close.MonthCloseCalendarProcess.Beans;
import com.gendan.close.MonthCloseCalendarProcess.Elements;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The close calendar on a plain in-memory engine: its timer start event is due at 00:10 on the 1st
 * in Shanghai (the day before in UTC); fired, it starts the due closes and stands at the next 1st.
 */
@Deployment(resources = "processes/month-close-calendar.bpmn")
@ProcessTestEngine.Covers(model = MonthCloseCalendarProcess.KEY, atLeast = 1.0)
class MonthCloseCalendarProcessTest {

  /** Saturday 5 December 2026, 10:00 in Shanghai. */
  private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private final MonthCloseCalendar calendar = mock(MonthCloseCalendar.class);

  {
    engine.bean(
        MonthlyCloseProcess.Beans.DEADLINES,
        new MonthlyCloseDeadlines(
            new CloseProperties(
                "0 10 0 1 * ?",
                new BigDecimal("1.2"),
                Period.ofDays(5),
                new BigDecimal("99999999")),
            engine.clock()));
    engine.bean(Beans.START_DUE_CLOSES, new StartDueMonthCloses(calendar));
  }

  private Job timer() {
    return managementService()
        .createJobQuery()
        .processDefinitionKey(MonthCloseCalendarProcess.KEY)
        .timers()
        .singleResult();
  }

  @Test
  void onTheFirstAtTenPastMidnightInShanghaiTheDueClosesStart() {
    assertThat(timer().getDuedate()).isEqualTo(Instant.parse("2026-12-31T16:10:00Z"));
    passTimer(timer());
    verify(calendar).startDue();
    assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .activityId(Elements.END)
                .finished()
                .count())
        .isEqualTo(1);
    assertThat(timer().getDuedate())
        .as("the next month's")
        .isEqualTo(Instant.parse("2027-01-31T16:10:00Z"));
  }
}
