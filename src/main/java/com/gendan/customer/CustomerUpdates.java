package com.gendan.customer;

import com.gendan.problem.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * How a stored customer changes, whoever asks (a user's edit, finance's approval of credit terms,
 * the collection ladder's credit hold): the new data applied, each changed field a row of the
 * change log under the actor's name, the customer saved ({@link CustomerSaved}).
 */
@Component
class CustomerUpdates {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerUpdates.class);

  private final CustomerRepository customers;
  private final CustomerChangeRepository changeLog;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CustomerUpdates(
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
   * Applies {@code after} to the customer as {@code actor}'s change; answers the fields that
   * changed (none: nothing was written).
   */
  List<CustomerField.Change> apply(Customer customer, CustomerRequest after, String actor) {
    CustomerView before = customer.toView();
    List<CustomerField.Change> changes = CustomerField.changes(before, after);
    if (changes.isEmpty()) {
      return changes;
    }
    Instant now = clock.instant();
    customer.apply(after, actor, now);
    try {
      customers.saveAndFlush(customer);
    } catch (DataIntegrityViolationException e) {
      throw ConflictException.duplicate("code", CustomerService.DUPLICATE_CODE);
    }
    changeLog.saveAll(
        changes.stream()
            .map(change -> new CustomerChange(before.id(), change, actor, now))
            .toList());
    LOG.info(
        "Customer {} ({}) changed by {}: {}",
        before.id(),
        after.code(),
        actor,
        changes.stream().map(change -> change.field().jsonName()).toList());
    events.publishEvent(new CustomerSaved(customer.toView()));
    return changes;
  }
}
