package com.gendan.customer;

/**
 * Where a change of a customer's credit terms asked by someone other than finance goes: recorded as
 * a request (who, when, old and new) for finance to approve. Implemented by the credit capability
 * ({@code com.gendan.credit}), which applies an approved one through {@link CustomerCreditTerms}.
 */
public interface CreditTermsApprovals {

  /**
   * Records the request and gives finance its task, in the caller's transaction.
   *
   * @throws com.gendan.problem.ConflictException when the customer has a request still open
   */
  CreditTermsRequestView request(
      long customerId, CreditTerms current, CreditTerms asked, String userId);
}
