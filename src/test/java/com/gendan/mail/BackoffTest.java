package com.gendan.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30));

  @Test
  void waitsTheFirstDelayAfterOneFailureAndDoublesPerFurtherFailure() {
    assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofMinutes(16));
  }

  @Test
  void neverWaitsLongerThanTheMaximum() {
    assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofMinutes(30));
    assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aZeroFirstDelayRetriesAtOnce() {
    assertThat(new Backoff(Duration.ZERO, Duration.ofMinutes(30)).delayAfter(5)).isZero();
  }

  @Test
  void noWaitBeforeTheFirstAttempt() {
    assertThat(backoff.delayAfter(0)).isZero();
  }

  @Test
  void rejectsAMaximumBelowTheFirstDelay() {
    assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
