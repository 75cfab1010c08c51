package com.gendan.mail;

import com.gendan.schedule.IsolatedLoop;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers outbox mail: promptly after the enqueuing transaction commits, and by polling for mail
 * that is due (new, or waiting for its next attempt after a failure). Each attempt first claims the
 * row in a transaction of its own, so two nodes never send the same mail; a failed attempt leaves
 * the mail PENDING with a back-off, it is never dropped. A mail that keeps failing raises an
 * incident on the process instance that sent it ({@link MailIncidents}).
 */
@Component
public class OutboxMailSender implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(OutboxMailSender.class);

  static {
    // before the first mail is built: no ServiceLoader scan per part and header
    MailStreamProvider.nameOnce();
  }

  /** How long a claim keeps other senders off a mail; well above the SMTP timeouts together. */
  static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

  /**
   * How long a sender keeps trying to record a mail the server took while the database is away: the
   * claim's lease less the SMTP timeouts together, so that no other sender takes the mail
   * meanwhile.
   */
  static final Duration RECORD_SENT_PATIENCE = CLAIM_LEASE.minusSeconds(30);

  private static final Backoff RECORD_SENT_BACKOFF =
      new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(15));
  private static final int BATCH_SIZE = 200;
  private static final int MAX_ERROR_LENGTH = 1000;

  /** 128 bits of the event key's SHA-256: unique enough, and short. */
  private static final int MESSAGE_ID_BYTES = 16;

  private final OutboxMailRepository repository;
  private final JavaMailSender mailSender;
  private final TransactionTemplate transaction;
  private final MailOutboxProperties properties;
  private final Backoff backoff;
  private final Clock clock;
  private final Executor promptExecutor;
  private final MailIncidents incidents;
  private final IsolatedLoop loop;
  private final String messageIdDomain;

  @Autowired
  OutboxMailSender(
      OutboxMailRepository repository,
      JavaMailSender mailSender,
      PlatformTransactionManager transactionManager,
      MailOutboxProperties properties,
      MailIncidents incidents,
      IsolatedLoop loop,
      Clock clock) {
    this(
        repository,
        mailSender,
        transactionManager,
        properties,
        incidents,
        loop,
        clock,
        promptSendExecutor());
  }

  OutboxMailSender(
      OutboxMailRepository repository,
      JavaMailSender mailSender,
      PlatformTransactionManager transactionManager,
      MailOutboxProperties properties,
      MailIncidents incidents,
      IsolatedLoop loop,
      Clock clock,
      Executor promptExecutor) {
    this.incidents = incidents;
    this.loop = loop;
    this.repository = repository;
    this.mailSender = mailSender;
    this.transaction = new TransactionTemplate(transactionManager);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.properties = properties;
    this.messageIdDomain = domainOf(properties.from());
    this.backoff = properties.backoff();
    this.clock = clock;
    this.promptExecutor = promptExecutor;
  }

  /**
   * Sends every mail that is due now, one attempt each; a mail that cannot even be attempted (its
   * row cannot be claimed or updated) does not hold up the others.
   *
   * @return the number of mails the server accepted
   */
  public int sendDue() {
    List<Long> due =
        transaction.execute(status -> repository.findDueIds(clock.instant(), Limit.of(BATCH_SIZE)));
    return loop.forEach("mailOutbox", due, id -> "mail " + id, this::send);
  }

  @Scheduled(fixedDelayString = "${gendan.mail.poll-interval}")
  void poll() {
    int sent = sendDue();
    if (sent > 0) {
      log.info("Sent {} mail(s) from the outbox", sent);
    }
  }

  /** Tries the mail soon, off the caller's thread; when that cannot happen the poller sends it. */
  void sendSoon(long id) {
    try {
      promptExecutor.execute(
          () -> {
            try {
              send(id);
            } catch (RuntimeException e) {
              log.warn(
                  "Prompt delivery of mail {} failed, the poller will retry: {}", id, e.toString());
            }
          });
    } catch (RejectedExecutionException e) {
      log.debug("Prompt delivery of mail {} skipped, the poller will send it", id);
    }
  }

  /** One delivery attempt, if the mail is still due and no other sender has claimed it. */
  boolean send(long id) {
    Optional<ClaimedMail> claimed = transaction.execute(status -> claim(id));
    if (claimed.isEmpty()) {
      return false;
    }
    ClaimedMail mail = claimed.get();
    try {
      mailSender.send(toMimeMessage(mail));
    } catch (Exception e) {
      recordFailure(mail, e);
      return false;
    }
    int marked = recordSent(mail);
    log.info("Sent mail {} for event {}", mail.id(), mail.eventKey());
    if (marked == 1 && mail.incidentId() != null) {
      incidents.resolve(mail.id(), mail.incidentId());
    }
    return true;
  }

  /**
   * Records that the server took the mail. A database that is away (restarting, network lost) is
   * waited for, backing off, within {@link #RECORD_SENT_PATIENCE}: giving up at once would leave
   * the mail due, and it would go out a second time when the claim expires.
   *
   * @return 1 if recorded, 0 if another sender had claimed the mail meanwhile
   */
  private int recordSent(ClaimedMail mail) {
    long giveUpAt = System.nanoTime() + RECORD_SENT_PATIENCE.toNanos();
    for (int failures = 1; ; failures++) {
      try {
        return transaction.execute(
            status -> repository.markSent(mail.id(), mail.claimVersion(), clock.instant()));
      } catch (DataAccessException | TransactionException e) {
        Duration pause = RECORD_SENT_BACKOFF.delayAfter(failures);
        if (System.nanoTime() + pause.toNanos() - giveUpAt > 0) {
          throw e;
        }
        log.warn(
            "Mail {} for event {} was taken by the mail server but cannot be recorded as sent yet, trying again"
                + " in {}: {}",
            mail.id(),
            mail.eventKey(),
            pause,
            e.toString());
        if (!pause(pause)) {
          throw e;
        }
      }
    }
  }

  /**
   * @return false when interrupted (the application is shutting down)
   */
  private static boolean pause(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Optional<ClaimedMail> claim(long id) {
    Instant now = clock.instant();
    if (repository.claim(id, now, now.plus(CLAIM_LEASE)) == 0) {
      return Optional.empty();
    }
    return repository.findById(id).map(ClaimedMail::of);
  }

  private void recordFailure(ClaimedMail mail, Exception e) {
    int failedAttempts = mail.attempts() + 1;
    Instant nextAttempt = clock.instant().plus(backoff.delayAfter(failedAttempts));
    String error = abbreviate(e.getClass().getSimpleName() + ": " + e.getMessage());
    Integer marked =
        transaction.execute(
            status -> repository.markFailed(mail.id(), mail.claimVersion(), nextAttempt, error));
    log.warn(
        "Mail {} for event {} not sent (attempt {}), next attempt at {}: {}",
        mail.id(),
        mail.eventKey(),
        failedAttempts,
        nextAttempt,
        error);
    if (marked == 1
        && failedAttempts >= properties.incidentAfterAttempts()
        && mail.processInstanceId() != null
        && mail.incidentId() == null) {
      // The engine runs in a transaction of its own: a refusal (instance ended) must not undo the
      // failure record.
      incidents
          .raise(
              mail.id(),
              mail.processInstanceId(),
              mail.subject(),
              String.join(", ", mail.to()),
              failedAttempts,
              error)
          .ifPresent(
              incidentId ->
                  transaction.executeWithoutResult(
                      status -> repository.recordIncident(mail.id(), incidentId)));
    }
  }

  private MimeMessage toMimeMessage(ClaimedMail mail) throws MessagingException {
    MimeMessage mime = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
    helper.setFrom(properties.from());
    helper.setTo(mail.to());
    if (mail.cc().length > 0) {
      helper.setCc(mail.cc());
    }
    helper.setSubject(mail.subject());
    helper.setSentDate(Date.from(clock.instant()));
    helper.setText(mail.text(), mail.html());
    for (MailAttachment attachment : mail.attachments()) {
      helper.addAttachment(
          attachment.fileName(),
          new ByteArrayResource(attachment.content()),
          attachment.contentType());
    }
    // Spring's sender keeps a Message-ID that is set, instead of making up a new one per attempt.
    mime.setHeader("Message-ID", messageId(mail.eventKey(), messageIdDomain));
    return mime;
  }

  /**
   * The Message-ID of the mail for a business event: the same for every attempt, so a resent mail
   * is recognisably the same mail, yet opaque: the event key names Gendan's internal ids (a quote's
   * row, its revision), which are no business of the recipient.
   */
  static String messageId(String eventKey, String domain) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(eventKey.getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(hash, 0, MESSAGE_ID_BYTES) + "@" + domain + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The domain of the sender's address: Message-IDs name the sending domain, not the host. */
  private static String domainOf(String from) {
    try {
      String address = new InternetAddress(from, true).getAddress();
      return address.substring(address.lastIndexOf('@') + 1);
    } catch (AddressException e) {
      throw new IllegalStateException("gendan.mail.from is not a mail address: " + from, e);
    }
  }

  private static String abbreviate(String error) {
    return error.length() <= MAX_ERROR_LENGTH
        ? error
        : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }

  private static ExecutorService promptSendExecutor() {
    // One thread keeps the load on the mail server modest; a full queue is no loss, the poller
    // sends.
    return new ThreadPoolExecutor(
        1,
        1,
        0,
        TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(1000),
        new CustomizableThreadFactory("mail-outbox-"),
        new ThreadPoolExecutor.AbortPolicy());
  }

  @Override
  public void destroy() {
    if (promptExecutor instanceof ExecutorService executor) {
      executor.shutdownNow();
    }
  }

  /** What one attempt needs, read in the claiming transaction. */
  private record ClaimedMail(
      long id,
      long claimVersion,
      String eventKey,
      int attempts,
      String[] to,
      String[] cc,
      String subject,
      String html,
      String text,
      List<MailAttachment> attachments,
      String processInstanceId,
      String incidentId) {

    static ClaimedMail of(OutboxMail mail) {
      return new ClaimedMail(
          mail.id(),
          mail.claimVersion(),
          mail.eventKey(),
          mail.attempts(),
          split(mail.to()),
          split(mail.cc()),
          mail.subject(),
          mail.bodyHtml(),
          mail.bodyText(),
          mail.attachments().stream().map(OutboxAttachment::toMailAttachment).toList(),
          mail.processInstanceId(),
          mail.incidentId());
    }

    private static String[] split(String addresses) {
      return addresses == null
          ? new String[0]
          : Arrays.stream(addresses.split(","))
              .map(String::strip)
              .filter(a -> !a.isEmpty())
              .toArray(String[]::new);
    }
  }
}
