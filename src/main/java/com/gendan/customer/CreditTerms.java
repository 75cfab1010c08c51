package com.gendan.customer;

import java.math.BigDecimal;

/**
 * A customer's credit terms (SPEC D13): the credit limit with its currency and the payment terms in
 * days. Only finance changes them directly; anyone else's change is a request finance approves
 * ({@link CreditTermsApprovals}).
 */
public record CreditTerms(
    BigDecimal creditLimit, String creditLimitCurrency, Integer paymentTermsDays) {

  static CreditTerms of(CustomerData customer) {
    return new CreditTerms(
        customer.creditLimit(), customer.creditLimitCurrency(), customer.paymentTermsDays());
  }
}
