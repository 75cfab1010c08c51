package com.gendan.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

  @Test
  void needsAnEventKeyThatFitsTheOutbox() {
    assertThatThrownBy(
            () -> OutboxMessage.of(" ", List.of("a@kehu.example"), "notification", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                OutboxMessage.of(
                    "k".repeat(201), List.of("a@kehu.example"), "notification", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void needsARecipient() {
    assertThatThrownBy(() -> OutboxMessage.of("quote:42:sent", List.of(), "notification", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsNullModelValuesAndAddsCopiesAndAttachments() {
    Map<String, Object> model = new HashMap<>();
    model.put("title", "通知");
    model.put("link", null);

    OutboxMessage message =
        OutboxMessage.of("quote:42:sent", List.of("a@kehu.example"), "notification", model)
            .withCc(List.of("b@kehu.example"))
            .withAttachment(new MailAttachment("报价单.pdf", "application/pdf", new byte[] {1, 2}));

    assertThat(message.model()).containsEntry("link", null).containsEntry("title", "通知");
    assertThat(message.cc()).containsExactly("b@kehu.example");
    assertThat(message.attachments())
        .extracting(MailAttachment::fileName)
        .containsExactly("报价单.pdf");
  }
}
