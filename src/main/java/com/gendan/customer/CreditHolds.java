package com.gendan.customer;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a customer on credit hold, or lifts it, on behalf of a process (the receivables' collection
 * ladder) rather than a user's edit: the change is kept in the customer's change log like any
 * other, and the customer is saved as by {@link CustomerService} ({@link CustomerSaved}).
 */
@Service
@Transactional
public class CreditHolds {

  private static final Logger LOG = LoggerFactory.getLogger(CreditHolds.class);

  private final CustomerRepository customers;
  private final CustomerChangeRepository changeLog;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CreditHolds(
      CustomerRepository customers,
      CustomerChangeRepository changeLog,
      ApplicationEventPublisher events,
      Clock clock) {
    this.customers = customers;
    this.changeLog = changeLog;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Sets the customer's credit hold to {@code hold}, recorded as {@code actor}'s change.
   *
   * @return whether it changed (false when it already was so)
   */
  public boolean set(long customerId, boolean hold, String actor) {
    Customer customer = customers.findById(customerId).orElseThrow();
    CustomerView before = customer.toView();
    if (Boolean.TRUE.equals(before.creditHold()) == hold) {
      return false;
    }
    Instant now = clock.instant();
    customer.creditHold(hold, actor, now);
    customers.saveAndFlush(customer);
    changeLog.save(
        new CustomerChange(
            customerId,
            new CustomerField.Change(
                CustomerField.CREDIT_HOLD, String.valueOf(!hold), String.valueOf(hold)),
            actor,
            now));
    LOG.info("Customer {} ({}) credit hold {} by {}", customerId, before.code(), hold, actor);
    events.publishEvent(new CustomerSaved(customer.toView()));
    return true;
  }
}
