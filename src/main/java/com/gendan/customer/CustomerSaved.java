package com.gendan.customer;

/**
 * Published inside the transaction that creates or changes a customer, so that what depends on its
 * team (the customer's tenant in the engine) changes with it or not at all.
 */
public record CustomerSaved(CustomerView customer) {}
