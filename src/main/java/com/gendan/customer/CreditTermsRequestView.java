package com.gendan.customer;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A credit-terms change request as the API shows it (the answer 202 to a {@code PUT
 * /api/customers/{id}} that asked for one): old and new terms, who asked and when, who decided and
 * when.
 */
public record CreditTermsRequestView(
    long id,
    String requestNumber,
    long customerId,
    String customerCode,
    BigDecimal oldCreditLimit,
    BigDecimal newCreditLimit,
    String oldCurrency,
    String newCurrency,
    int oldPaymentTermsDays,
    int newPaymentTermsDays,
    String status,
    String statusLabel,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    String processInstanceId) {}
