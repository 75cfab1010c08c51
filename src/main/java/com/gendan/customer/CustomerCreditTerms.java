package com.gendan.customer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies credit terms finance approved (a credit-terms change request): the customer's limit,
 * currency and payment terms, each changed field in the change log under the approver's name.
 */
@Component
@Transactional
public class CustomerCreditTerms {

  private final CustomerRepository customers;
  private final CustomerUpdates updates;

  CustomerCreditTerms(CustomerRepository customers, CustomerUpdates updates) {
    this.customers = customers;
    this.updates = updates;
  }

  /** The customer's current credit terms. */
  @Transactional(readOnly = true)
  public CreditTerms of(long customerId) {
    return CreditTerms.of(customers.findById(customerId).orElseThrow().toView());
  }

  public void apply(long customerId, CreditTerms terms, String approvedBy) {
    Customer customer = customers.findById(customerId).orElseThrow();
    updates.apply(
        customer, CustomerRequest.of(customer.toView()).withCreditTerms(terms), approvedBy);
  }
}
