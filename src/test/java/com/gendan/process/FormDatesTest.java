package com.gendan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormDatesTest {

  @Test
  void readsTheDateAFormSubmitsOrADateTimeStartingWithOne() {
    assertThat(FormDates.parse("2026-03-02")).contains(LocalDate.of(2026, 3, 2));
    assertThat(FormDates.parse(" 2026-03-02 ")).contains(LocalDate.of(2026, 3, 2));
    assertThat(FormDates.parse("2026-03-02T08:00:00Z")).contains(LocalDate.of(2026, 3, 2));
  }

  @Test
  void textThatIsNoDateIsEmpty() {
    assertThat(FormDates.parse("2026-02-30")).isEmpty();
    assertThat(FormDates.parse("02.03.2026")).isEmpty();
    assertThat(FormDates.parse("soon")).isEmpty();
  }
}
