package com.gendan.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.util.ReflectionTestUtils;

import com.gendan.NoTransactions;
import com.gendan.schedule.IsolatedLoop;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The outbox poller: one mail that cannot be handled does not hold up the others. */
class OutboxMailSenderTest {

  private final OutboxMailRepository repository = mock(OutboxMailRepository.class);
  private final JavaMailSender mailSender = mock(JavaMailSender.class);
  private final MeterRegistry meterRegistry = new SimpleMeterRegistry();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"),
      ZoneId.of("Asia/Shanghai"));
  private final OutboxMailSender sender = new OutboxMailSender(repository, mailSender,
      new NoTransactions(), new MailOutboxProperties("gendan@gendan.local", Duration.ofSeconds(15),
          Duration.ofSeconds(30), Duration.ofMinutes(30), 3),
      mock(MailIncidents.class), new IsolatedLoop(meterRegistry), clock, Runnable::run);

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

  private OutboxMail mail(long id) {
    OutboxMail mail = new OutboxMail("shipment:" + id + ":notified", "buyer@kehu.example", null,
        "notification", "{}", new RenderedMail("出货通知", "<p>货物已出运。</p>", "货物已出运。"), List.of(),
        null, clock.instant());
    ReflectionTestUtils.setField(mail, "id", id);
    return mail;
  }
}
