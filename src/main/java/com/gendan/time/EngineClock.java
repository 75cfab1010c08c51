package com.gendan.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time Camunda's engine runs on ({@link ClockUtil}), as a {@link Clock} in Gendan's zone: the
 * due dates and timers the engine keeps and the dates Gendan computes come from one clock. In
 * production ClockUtil is the system clock; a test that sets it (ProcessTestEngine.startingAt,
 * passing a timer) moves Gendan's deadlines, the due-date watch and the outbox with it.
 */
public final class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(this.zone) ? this : new EngineClock(zone);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EngineClock clock && clock.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return zone.hashCode();
  }

  @Override
  public String toString() {
    return "EngineClock[" + zone + "]";
  }
}
