package com.gendan.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Number formatting for document templates, available in every template as {@code fmt} (e.g. {@code
 * th:text="${fmt.money(line.amount)}"}).
 *
 * <p>Numbers ({@link BigDecimal}, {@link Long}, ...) are formatted; anything else (a string the
 * caller formatted already) is printed as is, {@code null} as empty.
 */
public final class DocumentFormat {

  DocumentFormat() {}

  /** Money amounts: thousands separators, exactly two decimals ({@code 12,345.60}). */
  public String money(Object value) {
    return format(value, "#,##0.00", 2);
  }

  /** Unit prices: thousands separators, two to four decimals ({@code 0.0125}, {@code 3.50}). */
  public String price(Object value) {
    return format(value, "#,##0.00##", 4);
  }

  /**
   * Quantities: thousands separators, no trailing zeros, up to four decimals ({@code 10,000},
   * {@code 2.5}).
   */
  public String quantity(Object value) {
    return format(value, "#,##0.####", 4);
  }

  private static String format(Object value, String pattern, int maxScale) {
    if (value == null) {
      return "";
    }
    if (!(value instanceof Number number)) {
      return value.toString();
    }
    BigDecimal decimal = number instanceof BigDecimal bd ? bd : new BigDecimal(number.toString());
    DecimalFormat format =
        new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(decimal.setScale(maxScale, RoundingMode.HALF_UP));
  }
}
