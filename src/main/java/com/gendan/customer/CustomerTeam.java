package com.gendan.customer;

/** Who works for a customer: its sales assistant and its sales rep (Camunda user ids). */
public record CustomerTeam(long customerId, String assistantUserId, String salesRepUserId) {
}
