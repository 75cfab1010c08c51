package com.gendan.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.GendanSpringBootTest;
import com.gendan.TestSmtp;
import com.gendan.customer.CustomerDirectory;
import com.gendan.schedule.IsolatedLoop;
import com.gendan.scope.CustomerScope;
import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail server that is down delays mail and loses none. The outbox and sender are the production
 * classes on the real database and SMTP client, assembled with a clock the test moves and a
 * one-minute first retry delay (the shared test context retries at once and cannot swap beans).
 */
@GendanSpringBootTest
class MailServerDownTest {

  private static final Duration FIRST_RETRY_DELAY = Duration.ofMinutes(1);
  private static final int INCIDENT_AFTER_ATTEMPTS = 3;

  @Autowired OutboxMailRepository repository;
  @Autowired JavaMailSender mailSender;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired MailTemplates templates;
  @Autowired ObjectMapper objectMapper;
  @Autowired MailOutboxProperties properties;
  @Autowired MailOutbox mailOutbox;
  @Autowired MeterRegistry meterRegistry;
  @Autowired MailIncidents incidents;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired CustomerDirectory customers;
  @Autowired JdbcTemplate jdbc;

  private final GreenMail greenMail = new GreenMail(TestSmtp.SETUP);
  private final MutableClock clock =
      new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneId.of("Asia/Shanghai"));
  private final String eventKey = "shipment:" + UUID.randomUUID() + ":notified";
  private final String recipient = "buyer-" + UUID.randomUUID() + "@kehu.example";

  private OutboxMailSender sender;
  private MailOutbox outbox;

  @BeforeEach
  void assembleOutboxWithTestClock() {
    MailOutboxProperties slowRetries =
        new MailOutboxProperties(
            properties.from(),
            properties.pollInterval(),
            FIRST_RETRY_DELAY,
            Duration.ofMinutes(30),
            INCIDENT_AFTER_ATTEMPTS);
    sender =
        new OutboxMailSender(
            repository,
            mailSender,
            transactionManager,
            slowRetries,
            incidents,
            new IsolatedLoop(meterRegistry),
            clock,
            Runnable::run);
    outbox = new MailOutbox(repository, templates, objectMapper, sender, clock);
  }

  @AfterEach
  void stopMailServer() {
    greenMail.stop();
  }

  @Test
  void mailQueuedWhileTheServerIsDownIsDeliveredOnceWhenItIsBack() {
    Instant enqueuedAt = clock.instant();
    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            status ->
                outbox.enqueue(
                    OutboxMessage.of(
                        eventKey,
                        List.of(recipient),
                        "notification",
                        Map.of("title", "出货通知", "paragraphs", List.of("货物已出运。")))));

    OutboxMail afterPromptAttempt = row();
    assertThat(afterPromptAttempt.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(afterPromptAttempt.attempts()).isEqualTo(1);
    assertThat(afterPromptAttempt.lastError()).contains(String.valueOf(TestSmtp.PORT));
    assertThat(afterPromptAttempt.nextAttemptAt()).isEqualTo(enqueuedAt.plus(FIRST_RETRY_DELAY));
    assertThat(meterRegistry.get("gendan.mail.outbox.failing").gauge().value())
        .isGreaterThanOrEqualTo(1);

    clock.advance(FIRST_RETRY_DELAY.minusSeconds(1));
    sender.sendDue();
    assertThat(row().attempts()).as("not due yet").isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    sender.sendDue();
    assertThat(row().attempts()).isEqualTo(2);
    assertThat(row().nextAttemptAt())
        .as("back-off doubled")
        .isEqualTo(clock.instant().plus(FIRST_RETRY_DELAY.multipliedBy(2)));

    greenMail.start();
    clock.advance(FIRST_RETRY_DELAY.multipliedBy(2));
    sender.sendDue();
    sender.sendDue();

    OutboxMail sent = row();
    assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
    assertThat(sent.sentAt()).isEqualTo(clock.instant());
    assertThat(sent.lastError()).isNull();
    assertThat(ReceivedMails.to(greenMail, recipient)).hasSize(1);
  }

  @Test
  void aMailThatKeepsFailingRaisesOneIncidentOnItsProcessInstanceResolvedWhenTheMailGoesOut() {
    String instanceId = startProbeInstance();
    enqueueShipmentNotice();
    // The outbox of the application records the instance by itself (MailOutboxRetriedJobTest);
    // this outbox is assembled outside the engine, so the test names the instance.
    jdbc.update(
        "update mail_outbox set process_instance_id = ? where event_key = ?", instanceId, eventKey);

    retryAfterBackoff();
    assertThat(row().attempts()).isEqualTo(2);
    assertThat(incidentsOf(instanceId)).as("two failures are no incident yet").isEmpty();

    retryAfterBackoff();
    Incident incident = incidentsOf(instanceId).get(0);
    assertThat(incident.getIncidentType()).isEqualTo(MailIncidents.TYPE);
    assertThat(incident.getConfiguration()).isEqualTo("mail_outbox:" + row().id());
    assertThat(incident.getIncidentMessage())
        .contains("出货通知", recipient, "已尝试 3 次", String.valueOf(TestSmtp.PORT));
    assertThat(row().incidentId()).isEqualTo(incident.getId());

    retryAfterBackoff();
    assertThat(row().attempts()).isEqualTo(4);
    assertThat(incidentsOf(instanceId)).as("one incident per mail").hasSize(1);

    greenMail.start();
    retryAfterBackoff();
    assertThat(row().status()).isEqualTo(OutboxStatus.SENT);
    assertThat(incidentsOf(instanceId)).isEmpty();
    assertThat(
            historyService
                .createHistoricIncidentQuery()
                .incidentId(incident.getId())
                .singleResult()
                .isResolved())
        .isTrue();
    assertThat(ReceivedMails.to(greenMail, recipient)).hasSize(1);
    runtimeService.deleteProcessInstance(instanceId, "test done");
  }

  @Test
  void aMailWhoseProcessHasEndedKeepsBeingRetriedWithoutIncident() {
    String instanceId = startProbeInstance();
    enqueueShipmentNotice();
    jdbc.update(
        "update mail_outbox set process_instance_id = ? where event_key = ?", instanceId, eventKey);
    runtimeService.deleteProcessInstance(instanceId, "order cancelled");

    retryAfterBackoff();
    retryAfterBackoff();
    assertThat(row().attempts()).isEqualTo(3);
    assertThat(row().incidentId()).isNull();

    greenMail.start();
    retryAfterBackoff();
    assertThat(row().status()).isEqualTo(OutboxStatus.SENT);
    assertThat(ReceivedMails.to(greenMail, recipient)).hasSize(1);
  }

  @Test
  void enqueueingOutsideATransactionIsRefused() {
    OutboxMessage message =
        OutboxMessage.of(eventKey, List.of(recipient), "notification", Map.of("title", "通知"));

    assertThatThrownBy(() -> mailOutbox.enqueue(message))
        .isInstanceOf(IllegalTransactionStateException.class);
    assertThat(repository.findByEventKey(eventKey)).isEmpty();
  }

  private String startProbeInstance() {
    return runtimeService
        .startProcessInstanceByKey(
            "customerScopeProbe",
            Map.of(CustomerScope.CUSTOMER_ID, customers.findByCode("C001").orElseThrow().id()))
        .getId();
  }

  /** Enqueues the mail; its prompt attempt fails, the server is down. */
  private void enqueueShipmentNotice() {
    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            status ->
                outbox.enqueue(
                    OutboxMessage.of(
                        eventKey,
                        List.of(recipient),
                        "notification",
                        Map.of("title", "出货通知", "paragraphs", List.of("货物已出运。")))));
    assertThat(row().attempts()).isEqualTo(1);
  }

  private void retryAfterBackoff() {
    clock.advance(Duration.ofMinutes(30));
    sender.send(row().id());
  }

  private List<Incident> incidentsOf(String instanceId) {
    return runtimeService.createIncidentQuery().processInstanceId(instanceId).list();
  }

  private OutboxMail row() {
    return repository.findByEventKey(eventKey).orElseThrow();
  }
}
