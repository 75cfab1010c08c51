package com.gendan.customer;

import java.time.Instant;

/**
 * One recorded change of one field of a customer.
 *
 * @param field the field's JSON name, e.g. {@code creditLimit}
 * @param fieldLabel the field's Chinese name, e.g. 信用额度
 */
public record CustomerChangeView(
    long id,
    long customerId,
    String field,
    String fieldLabel,
    String oldValue,
    String newValue,
    String changedBy,
    Instant changedAt) {}
