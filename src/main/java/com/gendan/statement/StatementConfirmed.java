package com.gendan.statement;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Published (Spring application event, in the confirming transaction) when a customer confirmed its
 * statement of a month: the reconciliation of the month is done (每月底客户对帐完成后), which is what the
 * monthly close waits for.
 */
public record StatementConfirmed(long customerId, YearMonth month, LocalDate confirmedOn) {}
