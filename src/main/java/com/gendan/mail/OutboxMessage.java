package com.gendan.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mail to send once per business event.
 *
 * @param eventKey unique per business event, e.g. {@code "quote:42:sent"}; a second message with
 *     the same key is ignored
 * @param to at least one recipient address
 * @param cc copy recipients, may be empty
 * @param template name of a template in {@code templates/mail/} (without extension), e.g. {@code
 *     "notification"}
 * @param model template variables (null values allowed); stored as JSON, so values must be
 *     serializable by Jackson
 * @param attachments files to attach, may be empty
 */
public record OutboxMessage(
    String eventKey,
    List<String> to,
    List<String> cc,
    String template,
    Map<String, Object> model,
    List<MailAttachment> attachments) {

  public static final int MAX_EVENT_KEY_LENGTH = 200;

  public OutboxMessage {
    if (eventKey == null || eventKey.isBlank() || eventKey.length() > MAX_EVENT_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "Outbox message needs an event key of 1 to "
              + MAX_EVENT_KEY_LENGTH
              + " characters, got: "
              + eventKey);
    }
    if (to == null || to.isEmpty()) {
      throw new IllegalArgumentException("Outbox message " + eventKey + " needs a recipient");
    }
    Objects.requireNonNull(template, "template");
    to = List.copyOf(to);
    cc = cc == null ? List.of() : List.copyOf(cc);
    model = model == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(model));
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public static OutboxMessage of(
      String eventKey, List<String> to, String template, Map<String, Object> model) {
    return new OutboxMessage(eventKey, to, List.of(), template, model, List.of());
  }

  public OutboxMessage withCc(List<String> copyTo) {
    return new OutboxMessage(eventKey, to, copyTo, template, model, attachments);
  }

  public OutboxMessage withAttachment(MailAttachment attachment) {
    List<MailAttachment> all = new ArrayList<>(attachments);
    all.add(attachment);
    return new OutboxMessage(eventKey, to, cc, template, model, all);
  }
}
