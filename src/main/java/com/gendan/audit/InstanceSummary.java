package com.gendan.audit;

import java.time.Instant;

/**
 * A process instance in a history list: its document number (the business key), its customer, its
 * state in words, and who started it when.
 */
record InstanceSummary(
    String id,
    String processKey,
    String processName,
    int processVersion,
    String documentNumber,
    String customer,
    String state,
    Instant start,
    Instant end,
    String startedBy,
    String startedByName) {}
