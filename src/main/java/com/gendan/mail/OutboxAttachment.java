package com.gendan.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "mail_outbox_attachment")
class OutboxAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "content", nullable = false)
  private byte[] content;

  protected OutboxAttachment() {}

  OutboxAttachment(MailAttachment attachment) {
    this.fileName = attachment.fileName();
    this.contentType = attachment.contentType();
    this.content = attachment.content();
  }

  MailAttachment toMailAttachment() {
    return new MailAttachment(fileName, contentType, content);
  }
}
