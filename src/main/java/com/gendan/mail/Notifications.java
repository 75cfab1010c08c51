package com.gendan.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The notification mail of every process ({@code templates/mail/notification}): a title, an
 * optional greeting, paragraphs and, in mail to staff, a link to Tasklist. Mail to customers has no
 * link, they have no Tasklist.
 */
@Component
public class Notifications {

  static final String TEMPLATE = "notification";

  private final MailOutbox outbox;
  private final String tasklistUrl;

  Notifications(
      MailOutbox outbox, @Value("${gendan.base-url:http://localhost:8080}") String baseUrl) {
    this.outbox = outbox;
    this.tasklistUrl = baseUrl + "/camunda/app/tasklist/";
  }

  /** Enqueues a mail to staff, in the caller's transaction. */
  public void toStaff(String eventKey, List<String> to, String title, List<String> paragraphs) {
    send(staffMail(eventKey, to, title, paragraphs));
  }

  /** Enqueues a mail to a customer, in the caller's transaction; greeting may be null. */
  public void toCustomer(
      String eventKey, List<String> to, String title, String greeting, List<String> paragraphs) {
    send(customerMail(eventKey, to, title, greeting, paragraphs));
  }

  /**
   * A mail to staff, linking to Tasklist, for a caller that adds cc or attachments before {@link
   * #send}.
   *
   * @throws IllegalStateException when {@code to} is empty
   */
  public OutboxMessage staffMail(
      String eventKey, List<String> to, String title, List<String> paragraphs) {
    return message(eventKey, to, title, null, paragraphs, tasklistUrl);
  }

  /**
   * A mail to a customer, without link, for a caller that adds cc or attachments before {@link
   * #send}; greeting may be null.
   *
   * @throws IllegalStateException when {@code to} is empty
   */
  public OutboxMessage customerMail(
      String eventKey, List<String> to, String title, String greeting, List<String> paragraphs) {
    return message(eventKey, to, title, greeting, paragraphs, null);
  }

  /** Enqueues a mail built here, in the caller's transaction. */
  public void send(OutboxMessage message) {
    outbox.enqueue(message);
  }

  private static OutboxMessage message(
      String eventKey,
      List<String> to,
      String title,
      String greeting,
      List<String> paragraphs,
      String link) {
    if (to.isEmpty()) {
      throw new IllegalStateException("no mail address for " + eventKey);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    if (greeting != null) {
      model.put("greeting", greeting);
    }
    model.put("paragraphs", List.copyOf(paragraphs));
    if (link != null) {
      model.put("link", link);
    }
    return OutboxMessage.of(eventKey, to, TEMPLATE, model);
  }
}
