package com.gendan.mail;

import java.util.Objects;

/** A file sent with an outbox mail; stored with the outbox row until the mail is sent. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

  public MailAttachment {
    if (fileName == null || fileName.isBlank()) {
      throw new IllegalArgumentException("Attachment needs a file name");
    }
    Objects.requireNonNull(contentType, "contentType");
    content = Objects.requireNonNull(content, "content").clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
