package com.gendan.statement;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Statement and invoice settings (gendan.statement.*). Periods are ISO-8601.
 *
 * @param calendar when the statement calendar looks for customers whose statement day has come
 *     (cron, the JVM's zone, Asia/Shanghai): once a day, shortly after midnight
 * @param answerDue when the customer's answer is due after the statement went out
 * @param answerReminder how often the customer is reminded while no answer is registered
 * @param settlementDue how long the assistant has to settle a dispute
 * @param approvalDue how long the sales manager has to approve a correction
 * @param invoiceDue how long finance has to issue the invoice of a confirmed statement
 * @param correctionApprovalAbove corrections that change a statement by more than this (in CNY, all
 *     corrected lines together, either way) need the sales manager's approval
 * @param taxRate the VAT rate the statement shows; prices include it (含税价)
 * @param exchangeRatesToCny CNY per unit of each other currency, for a line whose order is in
 *     another currency than the customer's, and for allowances (granted in CNY)
 */
@ConfigurationProperties("gendan.statement")
public record StatementProperties(
    @DefaultValue("0 5 0 * * ?") String calendar,
    @DefaultValue("P3D") Period answerDue,
    @DefaultValue("P3D") Period answerReminder,
    @DefaultValue("P2D") Period settlementDue,
    @DefaultValue("P1D") Period approvalDue,
    @DefaultValue("P3D") Period invoiceDue,
    @DefaultValue("5000") BigDecimal correctionApprovalAbove,
    @DefaultValue("0.13") BigDecimal taxRate,
    Map<String, BigDecimal> exchangeRatesToCny) {

  public StatementProperties {
    exchangeRatesToCny = exchangeRatesToCny == null ? Map.of() : Map.copyOf(exchangeRatesToCny);
  }
}
