package com.gendan.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Friday 4 December 2026. */
  private static final String FRIDAY = "2026-12-04";

  @Test
  void thisWorkingDayEndsAtSixOrTheNextWorkingDayDoesAfterItOrOnAWeekend() {
    assertThat(WorkingDays.endOfThisWorkingDay(at(FRIDAY + "T10:00"))).isEqualTo(end("2026-12-04"));
    assertThat(WorkingDays.endOfThisWorkingDay(at(FRIDAY + "T18:00")))
        .as("reported at the day's end: Monday")
        .isEqualTo(end("2026-12-07"));
    assertThat(WorkingDays.endOfThisWorkingDay(at("2026-12-05T09:00")))
        .as("Saturday: Monday")
        .isEqualTo(end("2026-12-07"));
  }

  @Test
  void workingDaysAfterTodaySkipTheWeekend() {
    assertThat(WorkingDays.endOfWorkingDayAfter(1, at(FRIDAY + "T10:00")))
        .isEqualTo(end("2026-12-07"));
    assertThat(WorkingDays.endOfWorkingDayAfter(2, at("2026-12-03T10:00")))
        .as("Thursday plus two working days")
        .isEqualTo(end("2026-12-07"));
    assertThat(WorkingDays.endOfWorkingDayAfter(1, at("2026-12-01T10:00")))
        .isEqualTo(end("2026-12-02"));
  }

  private static Clock at(String localDateTime) {
    return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant(), SHANGHAI);
  }

  private static Date end(String day) {
    return Date.from(ZonedDateTime.parse(day + "T18:00:00+08:00[Asia/Shanghai]").toInstant());
  }
}
