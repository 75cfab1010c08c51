package com.gendan.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.process.RunningCommand;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The way to send mail from Gendan: {@link #enqueue} writes the mail in the caller's transaction,
 * with the process instance the caller runs in, and {@link OutboxMailSender} delivers it after
 * commit and keeps retrying until the server takes it.
 */
@Service
public class MailOutbox {

  private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

  private final OutboxMailRepository repository;
  private final MailTemplates templates;
  private final ObjectMapper objectMapper;
  private final OutboxMailSender sender;
  private final Clock clock;

  MailOutbox(
      OutboxMailRepository repository,
      MailTemplates templates,
      ObjectMapper objectMapper,
      OutboxMailSender sender,
      Clock clock) {
    this.repository = repository;
    this.templates = templates;
    this.objectMapper = objectMapper;
    this.sender = sender;
    this.clock = clock;
  }

  /**
   * Renders the message and stores it for delivery after the caller's transaction commits. Does
   * nothing when a mail for the same event key exists already, so a retried job or a repeated call
   * never makes a second mail. Two transactions racing with the same new key: the unique constraint
   * fails the later one, which then finds the row on its retry.
   *
   * @return id of the outbox row (the existing one for a known event key)
   * @throws IllegalArgumentException for an invalid address or template name
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long enqueue(OutboxMessage message) {
    Optional<Long> existing = repository.findIdByEventKey(message.eventKey());
    if (existing.isPresent()) {
      log.debug(
          "Mail for event {} is already in the outbox (id {})", message.eventKey(), existing.get());
      return existing.get();
    }
    RenderedMail rendered = templates.render(message.template(), message.model());
    List<OutboxAttachment> attachments =
        message.attachments().stream().map(OutboxAttachment::new).toList();
    OutboxMail mail =
        repository.saveAndFlush(
            new OutboxMail(
                message.eventKey(),
                addresses(message.to()),
                message.cc().isEmpty() ? null : addresses(message.cc()),
                message.template(),
                json(message),
                rendered,
                attachments,
                RunningCommand.processInstanceId(),
                clock.instant()));
    long id = mail.id();
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            sender.sendSoon(id);
          }
        });
    log.debug("Queued mail {} for event {}", id, message.eventKey());
    return id;
  }

  private String json(OutboxMessage message) {
    try {
      return objectMapper.writeValueAsString(message.model());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Mail model of event " + message.eventKey() + " is not serializable", e);
    }
  }

  private static String addresses(List<String> addresses) {
    for (String address : addresses) {
      try {
        new InternetAddress(address, true);
      } catch (AddressException e) {
        throw new IllegalArgumentException("Not a mail address: " + address, e);
      }
    }
    return String.join(", ", addresses);
  }
}
