package com.gendan.audit;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a report or a search covers, from the start of {@code from} to the end of {@code to} in
 * the department's zone. At most {@value #MAX_DAYS} days, so that no request reads more than a year
 * of history; without dates, the last {@value #DEFAULT_DAYS} days up to today.
 */
public record Period(ZonedDateTime start, ZonedDateTime end) {

  static final int MAX_DAYS = 366;
  static final int DEFAULT_DAYS = 30;

  /** The period of the two dates as a request gives them (either may be missing). */
  public static Period of(LocalDate from, LocalDate to, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    LocalDate last = to != null ? to : from != null ? from.plusDays(DEFAULT_DAYS - 1L) : today;
    LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1L);
    List<FieldProblem> problems = new ArrayList<>();
    if (first.isAfter(last)) {
      problems.add(new FieldProblem("to", "结束日期不能早于开始日期"));
    } else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
      problems.add(new FieldProblem("to", "一次最多查询" + MAX_DAYS + "天"));
    }
    InvalidRequestException.throwIfAny(problems);
    return new Period(
        first.atStartOfDay(clock.getZone()), last.plusDays(1).atStartOfDay(clock.getZone()));
  }

  /** The last day of the period. */
  public LocalDate lastDay() {
    return end.toLocalDate().minusDays(1);
  }

  public LocalDate firstDay() {
    return start.toLocalDate();
  }
}
