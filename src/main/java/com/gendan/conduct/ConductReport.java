package com.gendan.conduct;

import java.time.LocalDate;

/**
 * A commendation or a violation as reported, read from the start form.
 *
 * @param assistant the assistant's user id
 */
record ConductReport(
    String assistant,
    ConductKind kind,
    ConductCategory category,
    String facts,
    LocalDate occurredOn) {}
