package com.gendan.time;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * The department's working days, Monday to Friday, each ending at six in the evening in the
 * department's zone (the {@link Clock}'s): the due dates of tasks measured in working days.
 */
public final class WorkingDays {

  /** A working day ends at six in the evening. */
  public static final LocalTime END_OF_DAY = LocalTime.of(18, 0);

  private WorkingDays() {}

  /** The end of the working day {@code days} working days after today. */
  public static Date endOfWorkingDayAfter(int days, Clock clock) {
    LocalDate day = LocalDate.now(clock);
    for (int left = days; left > 0; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return endOf(day, clock);
  }

  /** The end of today's working day; after it, or on a weekend, the end of the next working day. */
  public static Date endOfThisWorkingDay(Clock clock) {
    ZonedDateTime now = ZonedDateTime.now(clock);
    LocalDate day = now.toLocalDate();
    if (!now.toLocalTime().isBefore(END_OF_DAY)) {
      day = day.plusDays(1);
    }
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return endOf(day, clock);
  }

  private static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static Date endOf(LocalDate day, Clock clock) {
    return Date.from(day.atTime(END_OF_DAY).atZone(clock.getZone()).toInstant());
  }
}
