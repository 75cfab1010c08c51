package com.gendan.receivable;

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
import com.gendan.receivable.WeeklyReceivableReportProcess.Beans;
import com.gendan.receivable.WeeklyReceivableReportProcess.Elements;
import java.time.Instant;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The weekly receivables report on a plain in-memory engine: the timer start event is a job due
 * Monday 09:00 in Shanghai; fired, it starts the report, whose mail is an async step over a mocked
 * mail service; a failing mail is retried as the same job; the timer then stands at the next
 * Monday.
 */
@Deployment(resources = "processes/weekly-receivable-report.bpmn")
@ProcessTestEngine.Covers(model = WeeklyReceivableReportProcess.KEY, atLeast = 0.99)
class WeeklyReceivableReportProcessTest {

  /** Saturday 5 December 2026, 10:00 in Shanghai. */
  private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private final ReceivableMails mails = mock(ReceivableMails.class);

  {
    engine.bean(Beans.SCHEDULE, new ReceivableSchedule("0 0 9 ? * MON"));
    engine.bean(Beans.MAIL_REPORT, new MailReceivableReport(mails));
  }

  private Job weeklyTimer() {
    Job timer =
        managementService()
            .createJobQuery()
            .processDefinitionKey(WeeklyReceivableReportProcess.KEY)
            .timers()
            .singleResult();
    assertThat(timer).as("the weekly timer").isNotNull();
    return timer;
  }

  private ProcessInstance fired() {
    passTimer(weeklyTimer());
    ProcessInstance report =
        runtimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(WeeklyReceivableReportProcess.KEY)
            .singleResult();
    assertThat(report).isWaitingAt(Elements.MAIL_REPORT);
    return report;
  }

  @Test
  void everyMondayAtNineInShanghaiTheReportIsMailed() {
    assertThat(weeklyTimer().getDuedate()).isEqualTo(Instant.parse("2026-12-07T01:00:00Z"));

    ProcessInstance report = fired();
    assertThat(report).hasPassed(Elements.START);
    execute(job(report, Elements.MAIL_REPORT));

    verify(mails).weeklyReport();
    assertThat(report).isEnded().hasPassed(Elements.MAIL_REPORT, Elements.END);
    assertThat(weeklyTimer().getDuedate())
        .as("the next Monday's")
        .isEqualTo(Instant.parse("2026-12-14T01:00:00Z"));
  }

  @Test
  void aFailingMailIsRetriedAsTheSameJob() {
    ProcessInstance report = fired();

    Job retried =
        failOnce(
            report,
            Elements.MAIL_REPORT,
            failure -> doThrow(failure).when(mails).weeklyReport(),
            "mail server down");
    reset(mails);
    execute(retried);

    verify(mails, times(1)).weeklyReport();
    assertThat(report).isEnded().hasPassed(Elements.END);
  }
}
