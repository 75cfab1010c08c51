package com.gendan.document;

import com.gendan.data.Labeled;
import com.gendan.time.ClockConfiguration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Number, time and code formatting for document templates, available in every template as {@code
 * fmt} (e.g. {@code th:text="${fmt.money(line.amount)}"}).
 *
 * <p>Numbers ({@link BigDecimal}, {@link Long}, ...) are formatted; anything else (a string the
 * caller formatted already) is printed as is, {@code null} as empty. Times are shown in the
 * department's zone as {@code 2026-12-04 14:30}, dates as {@code 2026-12-04}, codes by their
 * Chinese label.
 */
public final class DocumentFormat {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ZoneId zone;

  /** Formats times in the department's default zone (numbers and dates have no zone). */
  public DocumentFormat() {
    this(ZoneId.of(ClockConfiguration.DEFAULT_ZONE));
  }

  DocumentFormat(ZoneId zone) {
    this.zone = zone;
  }

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

  /** A moment in the department's zone, to the minute: {@code 2026-12-04 14:30}. */
  public String time(Object value) {
    if (value instanceof Instant instant) {
      return TIME.format(instant.atZone(zone));
    }
    if (value instanceof TemporalAccessor temporal && !(value instanceof LocalDate)) {
      return TIME.format(temporal);
    }
    return value == null ? "" : value.toString();
  }

  /** A day: {@code 2026-12-04}. */
  public String date(Object value) {
    return value == null ? "" : value.toString();
  }

  /** A code by the label users read ({@code PRICE_MISMATCH} → 单价与有效报价不符). */
  public String label(Object value) {
    if (value instanceof Labeled labeled) {
      return labeled.label();
    }
    return value == null ? "" : value.toString();
  }

  /** Yes or no: 是 / 否. */
  public String yesNo(Boolean value) {
    return value == null ? "" : value ? "是" : "否";
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
