package com.gendan.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.NoTransactions;
import com.gendan.schedule.IsolatedLoop;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.util.ReflectionTestUtils;

/** The outbox poller: one mail that cannot be handled does not hold up the others. */
class OutboxMailSenderTest {

  private final OutboxMailRepository repository = mock(OutboxMailRepository.class);
  private final JavaMailSender mailSender = mock(JavaMailSender.class);
  private final MeterRegistry meterRegistry = new SimpleMeterRegistry();
  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private final OutboxMailSender sender =
      new OutboxMailSender(
          repository,
          mailSender,
          new NoTransactions(),
          new MailOutboxProperties(
              "gendan@gendan.local",
              Duration.ofSeconds(15),
              Duration.ofSeconds(30),
              Duration.ofMinutes(30),
              3),
          mock(MailIncidents.class),
          new IsolatedLoop(meterRegistry),
          clock,
          Runnable::run);

  @Test
  void aMailThatFailsToBeClaimedDoesNotStopTheMailsAfterIt() throws Exception {
    when(mailSender.createMimeMessage())
        .thenAnswer(invocation -> new MimeMessage(Session.getInstance(new Properties())));
    when(repository.findDueIds(any(), any())).thenReturn(List.of(1L, 2L));
    when(repository.claim(eq(1L), any(), any()))
        .thenThrow(new DataAccessResourceFailureException("row 1 is locked"));
    when(repository.claim(eq(2L), any(), any())).thenReturn(1);
    when(repository.findById(2L)).thenReturn(Optional.of(mail(2L)));
    when(repository.markSent(eq(2L), anyLong(), any())).thenReturn(1);

    assertThat(sender.sendDue()).isEqualTo(1);

    verify(mailSender).send(any(MimeMessage.class));
    verify(repository).markSent(eq(2L), anyLong(), any());
    assertThat(meterRegistry.get(IsolatedLoop.FAILURES).tag("loop", "mailOutbox").counter().count())
        .isEqualTo(1);
  }

  @Test
  void theMessageIdIsOpaqueAndTheSameForEveryAttemptAtTheSameEvent() throws Exception {
    String eventKey = "quote:5:rev:1:sent";
    String messageId = OutboxMailSender.messageId(eventKey, "gendan.local");

    assertThat(messageId).matches("<[0-9a-f]{32}@gendan\\.local>").doesNotContain("quote", "5:rev");
    assertThat(OutboxMailSender.messageId(eventKey, "gendan.local")).isEqualTo(messageId);
    assertThat(OutboxMailSender.messageId("quote:5:rev:2:sent", "gendan.local"))
        .isNotEqualTo(messageId);
  }

  @Test
  void aMailCarriesTheMessageIdOfItsEventAndNoHeaderOfGendansOwn() throws Exception {
    ArgumentCaptor<MimeMessage> sent = ArgumentCaptor.forClass(MimeMessage.class);
    when(mailSender.createMimeMessage())
        .thenAnswer(invocation -> new MimeMessage(Session.getInstance(new Properties())));
    when(repository.claim(eq(3L), any(), any())).thenReturn(1);
    when(repository.findById(3L)).thenReturn(Optional.of(mail(3L)));

    assertThat(sender.send(3L)).isTrue();

    verify(mailSender).send(sent.capture());
    assertThat(sent.getValue().getHeader("Message-ID"))
        .containsExactly(OutboxMailSender.messageId("shipment:3:notified", "gendan.local"));
    assertThat(Collections.list(sent.getValue().getAllHeaderLines()))
        .noneMatch(header -> header.toLowerCase().startsWith("x-gendan"));
  }

  private OutboxMail mail(long id) {
    OutboxMail mail =
        new OutboxMail(
            "shipment:" + id + ":notified",
            "buyer@kehu.example",
            null,
            "notification",
            "{}",
            new RenderedMail("出货通知", "<p>货物已出运。</p>", "货物已出运。"),
            List.of(),
            null,
            clock.instant());
    ReflectionTestUtils.setField(mail, "id", id);
    return mail;
  }
}
