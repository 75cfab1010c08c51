package com.gendan.mail;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.awaitility.Awaitility;

/** Reads what GreenMail received, the way a mail client would. */
public final class ReceivedMails {

  public record Leaf(String contentType, String fileName, byte[] content) {

    public boolean is(String mimeType) {
      return contentType.toLowerCase().startsWith(mimeType);
    }

    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  private ReceivedMails() {}

  public static List<MimeMessage> to(GreenMailOperations greenMail, String recipient) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isFor(m, recipient)).toList();
  }

  /**
   * The mails to the recipient whose subject names the document. Tests share one application and
   * its outbox, so a mail another test left queued may arrive during this one.
   */
  public static List<MimeMessage> about(
      GreenMailOperations greenMail, String recipient, String subjectPart) {
    return to(greenMail, recipient).stream()
        .filter(m -> subjectOf(m).contains(subjectPart))
        .toList();
  }

  /** {@link #about}, once at least one such mail arrived (the outbox sends after commit). */
  public static List<MimeMessage> awaitAbout(
      GreenMailOperations greenMail, String recipient, String subjectPart) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> about(greenMail, recipient, subjectPart), mails -> !mails.isEmpty());
  }

  /**
   * Every header of the mail and of each of its parts, as {@code name: value} with encoded words
   * (RFC 2047) decoded, the way a mail client shows them.
   */
  public static List<String> headers(Part part) throws MessagingException, IOException {
    List<String> headers = new ArrayList<>();
    for (Header header : Collections.list(part.getAllHeaders())) {
      headers.add(
          header.getName() + ": " + MimeUtility.decodeText(MimeUtility.unfold(header.getValue())));
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        headers.addAll(headers(multipart.getBodyPart(i)));
      }
    }
    return headers;
  }

  public static List<Leaf> leaves(Part part) throws MessagingException, IOException {
    List<Leaf> leaves = new ArrayList<>();
    collect(part, leaves);
    return leaves;
  }

  private static void collect(Part part, List<Leaf> leaves) throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, leaves);
      }
      return;
    }
    try (InputStream in = part.getInputStream()) {
      leaves.add(new Leaf(part.getContentType(), part.getFileName(), in.readAllBytes()));
    }
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject() == null ? "" : message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isFor(MimeMessage message, String recipient) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null
          && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
