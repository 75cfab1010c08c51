package com.gendan.conduct;

import java.math.BigDecimal;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The conduct review's due dates and the bound of a fine.
 *
 * @param reviewDue how long the sales manager has to check the facts
 * @param approvalDue how long the general manager has to approve the decision
 * @param maxFine the largest fine (CNY) a decision may propose
 */
@ConfigurationProperties("gendan.conduct")
public record ConductProperties(
    @DefaultValue("P5D") Period reviewDue,
    @DefaultValue("P3D") Period approvalDue,
    @DefaultValue("5000") BigDecimal maxFine) {}
