package com.gendan.customer;

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

  private final CustomerRepository customers;
  private final CustomerUpdates updates;

  CreditHolds(CustomerRepository customers, CustomerUpdates updates) {
    this.customers = customers;
    this.updates = updates;
  }

  /**
   * Sets the customer's credit hold to {@code hold}, recorded as {@code actor}'s change.
   *
   * @return whether it changed (false when it already was so)
   */
  public boolean set(long customerId, boolean hold, String actor) {
    Customer customer = customers.findById(customerId).orElseThrow();
    return !updates
        .apply(customer, CustomerRequest.of(customer.toView()).withCreditHold(hold), actor)
        .isEmpty();
  }
}
