package com.gendan.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sales order settings (gendan.order.*). Periods and durations are ISO-8601.
 *
 * @param implausibleQuantityFactor a line ordering more than this many times the product's minimum
 *     order quantity is flagged as implausible
 * @param confirmationReminder after this, a phone order's missing written confirmation is reminded;
 *     the task itself is due the next working day
 * @param correctionReminder how often the assistant is reminded of an open correction
 */
@ConfigurationProperties("gendan.order")
public record OrderProperties(
    @DefaultValue("1000") BigDecimal implausibleQuantityFactor,
    @DefaultValue("PT24H") Duration confirmationReminder,
    @DefaultValue("P2D") Period correctionDue,
    @DefaultValue("P2D") Duration correctionReminder,
    @DefaultValue("P1D") Period creditHoldDue,
    @DefaultValue("P1D") Period priceDeviationDue,
    @DefaultValue("P2D") Period planConfirmationDue,
    @DefaultValue("P1D") Period exceptionDecisionDue,
    @DefaultValue("P1D") Period informCustomerDue,
    @DefaultValue("P1D") Period transportChoiceDue,
    @DefaultValue("P2D") Period outboundDue,
    @DefaultValue("P1D") Period allocationDue) {}
