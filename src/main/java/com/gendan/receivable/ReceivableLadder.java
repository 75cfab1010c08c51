package com.gendan.receivable;

import com.gendan.identity.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The collection ladder's timers and due dates from configuration, for the model's expressions such
 * as {@code ${receivableLadder.salesRepAt(dueOn)}}: each step at {@link LadderProperties#at()} on
 * its day in Gendan's zone.
 */
@Component(ReceivableCollectionProcess.Beans.LADDER)
public class ReceivableLadder {

  private final LadderProperties properties;
  private final Clock clock;

  public ReceivableLadder(LadderProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** The reminder to the assistant (by default 3 days before the due date). */
  public Date reminderAt(String dueOn) {
    return on(LocalDate.parse(dueOn).plus(properties.reminder()));
  }

  /** The first day overdue: the assistant starts chasing. */
  public Date overdueAt(String dueOn) {
    return on(LocalDate.parse(dueOn).plusDays(1));
  }

  public Date salesRepAt(String dueOn) {
    return on(LocalDate.parse(dueOn).plus(properties.salesRep()));
  }

  public Date managerAt(String dueOn) {
    return on(LocalDate.parse(dueOn).plus(properties.manager()));
  }

  public Date generalManagerAt(String dueOn) {
    return on(LocalDate.parse(dueOn).plus(properties.generalManager()));
  }

  /** The day after the promised date: a promise not kept by then is broken. */
  public Date promiseCheckAt(String promisedOn) {
    return on(LocalDate.parse(promisedOn).plusDays(1));
  }

  public Date chaseDue() {
    return after(properties.chaseDue());
  }

  public Date helpDue() {
    return after(properties.helpDue());
  }

  /** The supervision's candidates: none when her own manager has it, every sales manager else. */
  public List<String> managerGroups(String salesManager) {
    return salesManager == null || salesManager.isBlank()
        ? List.of(Role.SALES_MANAGER.groupId())
        : List.of();
  }

  private Date on(LocalDate day) {
    return Date.from(day.atTime(properties.at()).atZone(clock.getZone()).toInstant());
  }

  private Date after(Period period) {
    return Date.from(ZonedDateTime.now(clock).plus(period).toInstant());
  }
}
