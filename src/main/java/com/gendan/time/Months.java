package com.gendan.time;

import com.gendan.problem.InvalidRequestException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** A month as an API takes it: {@code yyyy-MM}, not before a first month, never ahead. */
public final class Months {

  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

  /** No month before Gendan kept any history. */
  public static final YearMonth FIRST = YearMonth.of(2020, 1);

  private Months() {}

  /**
   * The month {@code text} names, from {@link #FIRST} to this month in the clock's zone; else an
   * {@link InvalidRequestException} naming {@code field}. Blank text is null.
   */
  public static YearMonth parse(String field, String text, Clock clock) {
    if (text == null || text.isBlank()) {
      return null;
    }
    YearMonth thisMonth = YearMonth.now(clock);
    YearMonth parsed = null;
    if (MONTH.matcher(text).matches()) {
      try {
        parsed = YearMonth.parse(text);
      } catch (DateTimeParseException e) {
        // named below
      }
    }
    if (parsed == null || parsed.isBefore(FIRST) || parsed.isAfter(thisMonth)) {
      throw InvalidRequestException.of(
          field, "月份应为 yyyy-MM，在 " + FIRST + " 与 " + thisMonth + " 之间");
    }
    return parsed;
  }
}
