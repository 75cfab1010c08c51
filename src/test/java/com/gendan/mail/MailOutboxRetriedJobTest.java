package com.gendan.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.gendan.GendanSpringBootTest;
import com.gendan.TestSmtp;
import com.gendan.mail.ReceivedMails.Leaf;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One mail per business event, however often the job that enqueues it runs: the outbox row is part
 * of the job's transaction and the event key is unique.
 */
@GendanSpringBootTest
class MailOutboxRetriedJobTest {

  @RegisterExtension
  static final GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

  private static final String PROCESS = "mailOutboxRetryProbe";

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired OutboxMailRepository repository;
  @Autowired OutboxMailSender sender;

  private final String eventKey = "probe:" + UUID.randomUUID() + ":sent";
  private final String recipient = "buyer-" + UUID.randomUUID() + "@kehu.example";

  @BeforeEach
  void runWithoutAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  void aJobThatFailsAfterEnqueueingAndIsRetriedSendsOneMail() throws Exception {
    String job = startProbe(1, false);
    String instanceId =
        managementService.createJobQuery().jobId(job).singleResult().getProcessInstanceId();

    assertThatThrownBy(() -> managementService.executeJob(job))
        .hasStackTraceContaining(MailOutboxRetryProbeDelegate.FAILURE);
    assertThat(repository.findByEventKey(eventKey))
        .as("outbox row rolled back with the failed job")
        .isEmpty();

    managementService.executeJob(job);

    awaitSent();
    sender.sendDue();
    assertThat(repository.findByEventKey(eventKey))
        .get()
        .extracting(OutboxMail::attempts)
        .isEqualTo(0);
    assertThat(repository.findByEventKey(eventKey))
        .get()
        .extracting(OutboxMail::processInstanceId)
        .as("the instance whose job enqueued the mail, for an incident should it keep failing")
        .isEqualTo(instanceId);
    List<MimeMessage> received = ReceivedMails.to(greenMail, recipient);
    assertThat(received).hasSize(1);
    assertReadsLikeTheQuoteMail(received.get(0));
  }

  @Test
  void theSameEventEnqueuedTwiceInOneJobAndAgainByAnotherJobSendsOneMail() {
    managementService.executeJob(startProbe(0, true));
    awaitSent();

    managementService.executeJob(startProbe(0, true));
    sender.sendDue();

    assertThat(repository.findAll())
        .filteredOn(mail -> mail.eventKey().equals(eventKey))
        .hasSize(1);
    assertThat(ReceivedMails.to(greenMail, recipient)).hasSize(1);
  }

  @Test
  void noHeaderOfACustomerMailNamesTheEventOrTheProcessInstance() throws Exception {
    String job = startProbe(0, false);
    String instanceId =
        managementService.createJobQuery().jobId(job).singleResult().getProcessInstanceId();
    managementService.executeJob(job);
    awaitSent();

    MimeMessage mail = ReceivedMails.to(greenMail, recipient).get(0);
    List<String> headers = ReceivedMails.headers(mail);
    String eventId = eventKey.split(":")[1];
    assertThat(headers)
        .as("headers of the mail and its parts")
        .isNotEmpty()
        .noneMatch(
            header ->
                header.contains(eventKey)
                    || header.contains(eventId)
                    || header.contains(instanceId))
        .noneMatch(header -> header.toLowerCase().startsWith("x-gendan"));
  }

  private String startProbe(int failuresAfterEnqueue, boolean enqueueTwice) {
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            PROCESS,
            Map.of(
                MailOutboxRetryProbeDelegate.EVENT_KEY, eventKey,
                MailOutboxRetryProbeDelegate.RECIPIENT, recipient,
                MailOutboxRetryProbeDelegate.FAILURES_AFTER_ENQUEUE, failuresAfterEnqueue,
                MailOutboxRetryProbeDelegate.ENQUEUE_TWICE, enqueueTwice));
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(job).as("asynchronous continuation before the service task").isNotNull();
    return job.getId();
  }

  /** Sending starts after commit on the outbox's own thread. */
  private void awaitSent() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                repository.findByEventKey(eventKey).map(OutboxMail::status).orElse(null)
                    == OutboxStatus.SENT);
  }

  private void assertReadsLikeTheQuoteMail(MimeMessage mail) throws Exception {
    assertThat(mail.getSubject()).isEqualTo("报价单 Q-42 已发送");
    assertThat(mail.getHeader("Message-ID"))
        .containsExactly(OutboxMailSender.messageId(eventKey, "gendan.local"));
    List<Leaf> leaves = ReceivedMails.leaves(mail);
    assertThat(leaves)
        .filteredOn(leaf -> leaf.is("text/plain") && leaf.fileName() == null)
        .singleElement()
        .extracting(Leaf::text)
        .asString()
        .contains("附件是报价单 Q-42，请查收。")
        .doesNotContain("<p>");
    assertThat(leaves)
        .filteredOn(leaf -> leaf.is("text/html"))
        .singleElement()
        .extracting(Leaf::text)
        .asString()
        .contains("<p>附件是报价单 Q-42，请查收。</p>");
    assertThat(leaves)
        .filteredOn(leaf -> leaf.fileName() != null)
        .singleElement()
        .satisfies(
            attachment -> {
              assertThat(attachment.fileName()).isEqualTo("报价单-Q42.pdf");
              assertThat(attachment.is("application/pdf")).isTrue();
              assertThat(attachment.content()).isEqualTo(MailOutboxRetryProbeDelegate.QUOTE_PDF);
            });
  }
}
