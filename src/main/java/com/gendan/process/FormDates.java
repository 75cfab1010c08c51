package com.gendan.process;

import com.gendan.problem.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Dates as Camunda Forms submit them: "yyyy-MM-dd", or a date-time that starts with one. A missing
 * or unreadable date is added to the problems, naming the field.
 */
public final class FormDates {

  private FormDates() {}

  public static LocalDate required(String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "请填写日期"));
      return null;
    }
    return optional(field, value, problems);
  }

  public static LocalDate optional(String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    try {
      return LocalDate.parse(trimmed.substring(0, Math.min(10, trimmed.length())));
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "日期格式应为 yyyy-MM-dd"));
      return null;
    }
  }
}
