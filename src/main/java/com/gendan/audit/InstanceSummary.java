package com.gendan.audit;

import java.time.Instant;

/**
 * A process instance in a history list: its document number (the business key), its customer, its
 * state in words, who started it when, and its document's printable page (findings, shipments,
 * rounds) when the process has one.
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
    String startedByName,
    String documentPage) {}
