package com.gendan.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sample settings (gendan.sample.*). Durations and periods are ISO-8601.
 *
 * @param freeSampleApprovalLimit a free sample worth more than this (CNY) needs the sales manager's
 *     approval
 * @param followUpInterval when the follow-up task (open from the delivery on, and again after each
 *     contact without a result) is due, and how often the assistant is reminded of it by mail
 * @param escalationAfter how long after delivery without a result the sales rep is asked to help
 */
@ConfigurationProperties("gendan.sample")
public record SampleProperties(
    @DefaultValue("2000") BigDecimal freeSampleApprovalLimit,
    @DefaultValue("P1D") Period approvalDue,
    @DefaultValue("P2D") Period shippingDue,
    @DefaultValue("P7D") Period deliveryDue,
    @DefaultValue("P3D") Period helpDue,
    @DefaultValue("P3D") Duration followUpInterval,
    @DefaultValue("P14D") Duration escalationAfter) {

  public SampleProperties {
    if (followUpInterval != null && (followUpInterval.isNegative() || followUpInterval.isZero())) {
      throw new IllegalArgumentException(
          "gendan.sample.follow-up-interval must be positive: it is the reminder's cycle");
    }
  }
}
