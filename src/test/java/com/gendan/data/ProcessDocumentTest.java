package com.gendan.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessDocumentTest {

  private final ProcessDocument document = new ProcessDocument() {};

  @Test
  void aDocumentStaysWithTheProcessThatWorksIt() {
    document.linkProcess("instance-1");
    document.linkProcess("instance-1");

    assertThatThrownBy(() -> document.linkProcess("instance-2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("instance-1")
        .hasMessageContaining("instance-2");
    assertThat(document.processInstanceId()).isEqualTo("instance-1");
  }
}
