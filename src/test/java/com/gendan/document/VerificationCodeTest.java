package com.gendan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class VerificationCodeTest {

  private static final String CONTENT = "Q2025-000123|2|苏州恒达电子有限公司|CNY|28500.00";

  @Test
  void isFourGroupsOfFourHexDigits() {
    assertThat(VerificationCode.of(CONTENT)).matches("[0-9A-F]{4}(-[0-9A-F]{4}){3}");
  }

  @Test
  void isStableForTheSameContent() {
    assertThat(VerificationCode.of(CONTENT)).isEqualTo(VerificationCode.of(new String(CONTENT)));
  }

  @Test
  void isTheStartOfTheContentsSha256() {
    // echo -n abc | sha256sum: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    assertThat(VerificationCode.of("abc")).isEqualTo("BA78-16BF-8F01-CFEA");
  }

  @Test
  void differsWhenTheContentChanges() {
    assertThat(VerificationCode.of(CONTENT.replace("28500.00", "28500.01")))
        .isNotEqualTo(VerificationCode.of(CONTENT));
    assertThat(VerificationCode.of(CONTENT.replace("恒达", "恒大")))
        .isNotEqualTo(VerificationCode.of(CONTENT));
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> VerificationCode.of(null));
  }
}
