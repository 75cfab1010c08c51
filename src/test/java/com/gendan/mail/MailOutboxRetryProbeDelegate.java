package com.gendan.mail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Delegate of the test-only process {@code mailOutboxRetryProbe} (src/test/resources/processes):
 * enqueues the probe mail, then fails as often as told before letting the job complete.
 */
@Component
class MailOutboxRetryProbeDelegate implements JavaDelegate {

  static final String EVENT_KEY = "eventKey";
  static final String RECIPIENT = "recipient";
  static final String FAILURES_AFTER_ENQUEUE = "failuresAfterEnqueue";
  static final String ENQUEUE_TWICE = "enqueueTwice";
  static final String FAILURE = "Simulated failure after enqueueing the mail";
  static final byte[] QUOTE_PDF = "%PDF-1.4 报价单".getBytes(StandardCharsets.UTF_8);

  private final MailOutbox outbox;
  private final Map<String, AtomicInteger> runsPerInstance = new ConcurrentHashMap<>();

  MailOutboxRetryProbeDelegate(MailOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OutboxMessage message =
        OutboxMessage.of(
                (String) execution.getVariable(EVENT_KEY),
                List.of((String) execution.getVariable(RECIPIENT)),
                "notification",
                Map.of("title", "报价单 Q-42 已发送", "paragraphs", List.of("附件是报价单 Q-42，请查收。")))
            .withAttachment(new MailAttachment("报价单-Q42.pdf", "application/pdf", QUOTE_PDF));
    long id = outbox.enqueue(message);
    if (Boolean.TRUE.equals(execution.getVariable(ENQUEUE_TWICE))
        && outbox.enqueue(message) != id) {
      throw new IllegalStateException(
          "Second enqueue of " + message.eventKey() + " made another outbox row");
    }
    int run =
        runsPerInstance
            .computeIfAbsent(execution.getProcessInstanceId(), k -> new AtomicInteger())
            .incrementAndGet();
    if (run <= (Integer) execution.getVariable(FAILURES_AFTER_ENQUEUE)) {
      throw new IllegalStateException(FAILURE + " (run " + run + ")");
    }
  }
}
