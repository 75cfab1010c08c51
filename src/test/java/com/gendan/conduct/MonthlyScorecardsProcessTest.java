package com.gendan.conduct;

import static com.gendan.ProcessTestEngine.failOnce;
import static com.gendan.ProcessTestEngine.job;
import static com.gendan.ProcessTestEngine.passTimer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.gendan.ProcessTestEngine;
import com.gendan.conduct.MonthlyScorecardsProcess.Beans;
import com.gendan.conduct.MonthlyScorecardsProcess.Elements;
import java.time.Instant;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The monthly scorecard mail on a plain in-memory engine: the timer start event is a job due on the
 * 1st at 09:30 in Shanghai; fired, it mails over a mocked mail service; a failing mail is retried
 * as the same job; the timer then stands at the next month's 1st.
 */
@Deployment(resources = "processes/monthly-scorecards.bpmn")
@ProcessTestEngine.Covers(model = MonthlyScorecardsProcess.KEY, atLeast = 0.99)
class MonthlyScorecardsProcessTest {

  /** Saturday 5 December 2026, 10:00 in Shanghai. */
  private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private final ScorecardMails mails = mock(ScorecardMails.class);

  {
    engine.bean(Beans.SCHEDULE, new ScorecardSchedule("0 30 9 1 * ?"));
    engine.bean(Beans.MAIL_SCORECARDS, new MailScorecards(mails));
  }

  private Job monthlyTimer() {
    Job timer =
        managementService()
            .createJobQuery()
            .processDefinitionKey(MonthlyScorecardsProcess.KEY)
            .timers()
            .singleResult();
    assertThat(timer).as("the monthly timer").isNotNull();
    return timer;
  }

  private ProcessInstance fired() {
    passTimer(monthlyTimer());
    ProcessInstance mail =
        runtimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(MonthlyScorecardsProcess.KEY)
            .singleResult();
    assertThat(mail).isWaitingAt(Elements.MAIL_SCORECARDS);
    return mail;
  }

  @Test
  void onTheFirstAtHalfPastNineInShanghaiLastMonthsScorecardsAreMailed() {
    assertThat(monthlyTimer().getDuedate()).isEqualTo(Instant.parse("2027-01-01T01:30:00Z"));

    ProcessInstance mail = fired();
    assertThat(mail).hasPassed(Elements.START);
    execute(job(mail, Elements.MAIL_SCORECARDS));

    verify(mails).lastMonth();
    assertThat(mail).isEnded().hasPassed(Elements.MAIL_SCORECARDS, Elements.END);
    assertThat(monthlyTimer().getDuedate())
        .as("the next month's 1st")
        .isEqualTo(Instant.parse("2027-02-01T01:30:00Z"));
  }

  @Test
  void aFailingMailIsRetriedAsTheSameJob() {
    ProcessInstance mail = fired();

    Job retried =
        failOnce(
            mail,
            Elements.MAIL_SCORECARDS,
            failure -> doThrow(failure).when(mails).lastMonth(),
            "mail server down");
    reset(mails);
    execute(retried);

    verify(mails, times(1)).lastMonth();
    assertThat(mail).isEnded().hasPassed(Elements.END);
  }
}
