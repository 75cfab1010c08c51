package com.gendan.sample;

import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer periods of the sample tasks, from configuration, for the model's expressions:
 * {@code ${sampleDeadlines.shippingDue()}}, {@code ${sampleDeadlines.followUpInterval}} and so on.
 */
@Component(SampleTrackingProcess.Beans.DEADLINES)
public class SampleDeadlines {

  private final SampleProperties properties;
  private final Clock clock;

  SampleDeadlines(SampleProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public Date approvalDue() {
    return after(properties.approvalDue());
  }

  public Date shippingDue() {
    return after(properties.shippingDue());
  }

  public Date deliveryDue() {
    return after(properties.deliveryDue());
  }

  /** The follow-up task is due when its first reminder comes: one follow-up interval from now. */
  public Date followUpDue() {
    return Date.from(clock.instant().plus(properties.followUpInterval()));
  }

  public Date helpDue() {
    return after(properties.helpDue());
  }

  public String getFollowUpInterval() {
    return properties.followUpInterval().toString();
  }

  public String getEscalationAfter() {
    return properties.escalationAfter().toString();
  }

  private Date after(Period period) {
    return Date.from(ZonedDateTime.now(clock).plus(period).toInstant());
  }
}
