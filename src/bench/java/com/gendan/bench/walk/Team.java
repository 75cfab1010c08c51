package com.gendan.bench.walk;

/**
 * A demo customer and the assistant who serves it: whose work a lifecycle is.
 *
 * @param standingRequirements what every order of the customer must say (or null)
 */
public record Team(
    long customerId,
    String customerCode,
    String assistant,
    String standingRequirements,
    boolean creditHold) {}
