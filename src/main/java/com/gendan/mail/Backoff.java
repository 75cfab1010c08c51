package com.gendan.mail;

import java.time.Duration;

/**
 * Exponential back-off: {@code first} after one failure, doubling per failure, capped at {@code
 * max}.
 */
record Backoff(Duration first, Duration max) {

  Backoff {
    if (first.isNegative() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "Need 0 <= first retry delay <= max retry delay, got " + first + " and " + max);
    }
  }

  Duration delayAfter(int failedAttempts) {
    if (failedAttempts < 1) {
      return Duration.ZERO;
    }
    Duration delay = first;
    for (int i = 1; i < failedAttempts && !delay.isZero() && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
