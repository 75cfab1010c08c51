package com.gendan.credit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The credit requests' due dates and bounds.
 *
 * @param financeDue how long finance has to approve a credit-hold release
 * @param gmDue how long the general manager has to approve it after finance
 * @param maxValidity how far ahead a release may be valid (its valid-until day at most today plus
 *     this)
 * @param termsApprovalDue how long finance has to approve a credit-terms change request
 */
@ConfigurationProperties("gendan.credit")
public record CreditProperties(
    @DefaultValue("P1D") Period financeDue,
    @DefaultValue("P1D") Period gmDue,
    @DefaultValue("P90D") Period maxValidity,
    @DefaultValue("P2D") Period termsApprovalDue) {}
