package com.gendan.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies credit terms finance approved (a credit-terms change request): the customer's limit,
 * currency and payment terms, each changed field in the change log under the approver's name.
 */
@Component
@Transactional
public class CustomerCreditTerms {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerCreditTerms.class);

  private final CustomerRepository customers;
  private final CustomerChangeRepository changeLog;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CustomerCreditTerms(
      CustomerRepository customers,
      CustomerChangeRepository changeLog,
      ApplicationEventPublisher events,
      Clock clock) {
    this.customers = customers;
    this.changeLog = changeLog;
    this.events = events;
    this.clock = clock;
  }

  /** The customer's current credit terms. */
  @Transactional(readOnly = true)
  public CreditTerms of(long customerId) {
    return CreditTerms.of(customers.findById(customerId).orElseThrow().toView());
  }

  public void apply(long customerId, CreditTerms terms, String approvedBy) {
    Customer customer = customers.findById(customerId).orElseThrow();
    CustomerView before = customer.toView();
    CustomerRequest after = CustomerRequest.of(before).withCreditTerms(terms);
    List<CustomerField.Change> changes = CustomerField.changes(before, after);
    if (changes.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    customer.apply(after, approvedBy, now);
    customers.saveAndFlush(customer);
    changeLog.saveAll(
        changes.stream()
            .map(change -> new CustomerChange(customerId, change, approvedBy, now))
            .toList());
    LOG.info(
        "Customer {} ({}) credit terms approved by {}: {}",
        customerId,
        before.code(),
        approvedBy,
        changes.stream().map(change -> change.field().jsonName()).toList());
    events.publishEvent(new CustomerSaved(customer.toView()));
  }
}
