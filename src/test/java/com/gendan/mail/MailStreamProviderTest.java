package com.gendan.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.gendan.NoTransactions;
import com.gendan.schedule.IsolatedLoop;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Building and writing a mail (two bodies, a Chinese subject, an attachment) no longer looks up
 * Jakarta Mail's stream provider in the jars: counted as the {@code META-INF/services} lookups the
 * thread's class loader is asked for, where FactoryFinder's ServiceLoader starts. The mail goes
 * through Spring's sender as in production (its session and file type map made once), to a server
 * that only writes it out.
 */
class MailStreamProviderTest {

  private final OutboxMailRepository repository = mock(OutboxMailRepository.class);
  private final JavaMailSender mailServer =
      new JavaMailSenderImpl() {
        @Override
        protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
          for (MimeMessage message : mimeMessages) {
            try {
              message.writeTo(OutputStream.nullOutputStream());
            } catch (IOException | MessagingException e) {
              throw new MailSendException("could not write the mail", e);
            }
          }
        }
      };
  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private final OutboxMailSender sender =
      new OutboxMailSender(
          repository,
          mailServer,
          new NoTransactions(),
          new MailOutboxProperties(
              "gendan@gendan.local",
              Duration.ofSeconds(15),
              Duration.ofSeconds(30),
              Duration.ofMinutes(30),
              3),
          mock(MailIncidents.class),
          new IsolatedLoop(new SimpleMeterRegistry()),
          clock,
          Runnable::run);

  @Test
  void aMailIsBuiltAndWrittenWithoutScanningForTheStreamProvider() throws Exception {
    String named = System.getProperty(MailStreamProvider.PROPERTY);
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    CountingLoader counting = new CountingLoader(original);
    thread.setContextClassLoader(counting);
    try {
      // what is made once per class loader (Jakarta Activation's command map) is made now
      send(1L);
      System.clearProperty(MailStreamProvider.PROPERTY);
      counting.serviceLookups.set(0);
      send(2L);
      int scansUnnamed = counting.serviceLookups.getAndSet(0);
      MailStreamProvider.nameOnce();
      counting.serviceLookups.set(0);
      send(3L);
      int scansNamed = counting.serviceLookups.get();
      System.out.println("MEASURE scans per mail: " + scansUnnamed + " -> " + scansNamed);

      assertThat(scansUnnamed).as("Jakarta Mail on its own, for one mail").isGreaterThan(5);
      assertThat(scansNamed).as("with the provider named, for one mail").isZero();
    } finally {
      thread.setContextClassLoader(original);
      if (named == null) {
        System.clearProperty(MailStreamProvider.PROPERTY);
      } else {
        System.setProperty(MailStreamProvider.PROPERTY, named);
      }
    }
  }

  @Test
  void theSenderNamesTheProviderBeforeItBuildsAMail() {
    assertThat(System.getProperty(MailStreamProvider.PROPERTY))
        .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
  }

  /** Sends one mail through the outbox sender. */
  private void send(long id) {
    when(repository.claim(eq(id), any(), any())).thenReturn(1);
    when(repository.findById(id)).thenReturn(Optional.of(mail(id)));
    assertThat(sender.send(id)).isTrue();
  }

  private OutboxMail mail(long id) {
    OutboxMail mail =
        new OutboxMail(
            "quote:" + id + ":sent",
            "buyer@kehu.example",
            null,
            "notification",
            "{}",
            new RenderedMail("报价单 BJ-2026-00007 已签核", "<p>您好，附件是已签核的报价单。</p>", "您好，附件是已签核的报价单。"),
            List.of(
                new OutboxAttachment(
                    new MailAttachment(
                        "报价单.pdf",
                        "application/pdf",
                        "%PDF-1.7 signed quote".getBytes(StandardCharsets.UTF_8)))),
            null,
            clock.instant());
    ReflectionTestUtils.setField(mail, "id", id);
    return mail;
  }

  /** Counts the service-file lookups that Java's ServiceLoader makes through it. */
  private static final class CountingLoader extends ClassLoader {

    final AtomicInteger serviceLookups = new AtomicInteger();

    CountingLoader(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (name.startsWith("META-INF/services/")) {
        serviceLookups.incrementAndGet();
      }
      return super.getResources(name);
    }
  }
}
