package com.gendan.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Dates as Camunda Forms submit them: "yyyy-MM-dd", or a date-time that starts with one. */
public final class FormDates {

  /** What to tell the user of text that is no such date. */
  public static final String UNREADABLE = "日期格式应为 yyyy-MM-dd";

  private FormDates() {}

  /** The date {@code text} starts with; empty if it does not start with one. */
  public static Optional<LocalDate> parse(String text) {
    String trimmed = text.trim();
    try {
      return Optional.of(LocalDate.parse(trimmed.substring(0, Math.min(10, trimmed.length()))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
