package com.gendan.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer periods of the complaint's tasks, from configuration, for the model's
 * expressions: {@code ${complaintDeadlines.investigationDue()}}, {@code
 * ${complaintDeadlines.verificationAfter}} and so on.
 */
@Component(ComplaintHandlingProcess.Beans.DEADLINES)
public class ComplaintDeadlines {

  private final ComplaintProperties properties;
  private final Clock clock;

  ComplaintDeadlines(ComplaintProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** The investigation is due when its overdue timer fires. */
  public Date investigationDue() {
    return after(properties.investigationPeriod());
  }

  public Date proposalDue() {
    return after(properties.proposalDue());
  }

  public Date approvalDue() {
    return after(properties.approvalDue());
  }

  public Date returnDue() {
    return after(properties.returnDue());
  }

  public Date returnCheckDue() {
    return after(properties.returnCheckDue());
  }

  public Date reshipmentDue() {
    return after(properties.reshipmentDue());
  }

  public Date closureDue() {
    return after(properties.closureDue());
  }

  public Date verificationDue() {
    return after(properties.verificationDue());
  }

  public String getInvestigationPeriod() {
    return properties.investigationPeriod().toString();
  }

  public String getInvestigationReminder() {
    return properties.investigationReminder().toString();
  }

  public String getVerificationAfter() {
    return properties.verificationAfter().toString();
  }

  private Date after(Duration duration) {
    return Date.from(clock.instant().plus(duration));
  }

  private Date after(Period period) {
    return Date.from(ZonedDateTime.now(clock).plus(period).toInstant());
  }
}
