package com.gendan.process;

import java.math.BigDecimal;

/** Numbers as forms, mails and messages show them. */
public final class Numbers {

  /** Decimals a quantity is stored with (NUMERIC(18, 3)); more would be rounded away unseen. */
  public static final int QUANTITY_DECIMALS = 3;

  /** The reason a quantity with more decimals is refused. */
  public static final String TOO_MANY_DECIMALS = "数量最多" + QUANTITY_DECIMALS + "位小数";

  private Numbers() {
  }

  /** Whether the quantity can be stored as it is, without rounding. */
  public static boolean fitsQuantity(BigDecimal quantity) {
    return quantity.stripTrailingZeros().scale() <= QUANTITY_DECIMALS;
  }

  /** "1200", "0.45": no trailing zeros and never an exponent ("1.2E+3"). */
  public static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
