package com.gendan.process;

import java.math.BigDecimal;

/** Numbers as forms, mails and messages show them. */
public final class Numbers {

  private Numbers() {
  }

  /** "1200", "0.45": no trailing zeros and never an exponent ("1.2E+3"). */
  public static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
