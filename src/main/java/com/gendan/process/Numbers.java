package com.gendan.process;

import java.math.BigDecimal;

/**
 * Numbers as Gendan reads, stores and shows them. Every number read from text goes through {@link
 * #parse(String)}, which no text can make slow; the limits of the columns a number is stored in
 * (quantities NUMERIC(18, 3), prices NUMERIC(18, 4), amounts NUMERIC(18, 2)) are here too ({@link
 * Column}), for the request records ({@link Fits}) and the checks of text rows and forms alike.
 */
public final class Numbers {

  /** The columns numbers are stored in, with the digits each keeps. */
  public enum Column {
    /** Quantities: NUMERIC(18, 3). */
    QUANTITY("数量", 15, 3),
    /** Unit prices: NUMERIC(18, 4). */
    PRICE("单价", 14, 4),
    /** Amounts of money: NUMERIC(18, 2). */
    AMOUNT("金额", 16, 2);

    private final String noun;
    private final int integerDigits;
    private final int decimals;

    Column(String noun, int integerDigits, int decimals) {
      this.noun = noun;
      this.integerDigits = integerDigits;
      this.decimals = decimals;
    }

    /** Whether the value can be stored as it is: neither rounded nor overflowing. */
    public boolean fits(BigDecimal value) {
      return Numbers.fits(value, integerDigits, decimals);
    }

    /** Why a value that does not fit is refused, e.g. "数量最多3位小数、15位整数". */
    public String limits() {
      return noun + "最多" + decimals + "位小数、" + integerDigits + "位整数";
    }

    public int integerDigits() {
      return integerDigits;
    }

    public int decimals() {
      return decimals;
    }
  }

  /** The reason a quantity with more decimals, or more digits, than stored is refused. */
  public static final String QUANTITY_DIGITS = Column.QUANTITY.limits();

  /**
   * The longest text read as a number. Parsing a long digit string costs time that grows faster
   * than its length (a megabyte took half a minute); no column holds more than 18 digits.
   */
  public static final int MAX_TEXT_LENGTH = 40;

  /**
   * Digits before or after the point that {@link #parse} accepts: an exponent such as {@code
   * 1e10000000} is short, but rounding or printing the number would take minutes.
   */
  static final int MAX_DIGITS = 40;

  private Numbers() {}

  /**
   * The text as a decimal number, or null when it is not one Gendan reads: not a number, longer
   * than {@link #MAX_TEXT_LENGTH} characters, or with more than {@link #MAX_DIGITS} digits before
   * or after the point once its exponent is applied. Leading and trailing blanks are ignored. Cheap
   * whatever the text; the result is safe to round, compare and print.
   */
  public static BigDecimal parse(String text) {
    if (text == null) {
      return null;
    }
    String number = text.strip();
    if (number.isEmpty() || number.length() > MAX_TEXT_LENGTH) {
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(number);
    } catch (NumberFormatException e) {
      return null;
    }
    return fits(value, MAX_DIGITS, MAX_DIGITS) ? value : null;
  }

  /** Whether the quantity can be stored as it is ({@link Column#QUANTITY}). */
  public static boolean fitsQuantity(BigDecimal quantity) {
    return Column.QUANTITY.fits(quantity);
  }

  /** "1200", "0.45": no trailing zeros and never an exponent ("1.2E+3"). */
  public static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** Reads precision and scale only, so it is cheap even for 1e10000000. */
  private static boolean fits(BigDecimal value, int integerDigits, int decimals) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() <= decimals
        && (long) stripped.precision() - stripped.scale() <= integerDigits;
  }
}
