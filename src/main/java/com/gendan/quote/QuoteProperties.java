package com.gendan.quote;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Quote settings (gendan.quote.*). Durations are ISO-8601 (P1D, PT4H).
 *
 * @param defaultValidityDays how long a quote holds when the inquiry names no validity
 * @param draftDue the assistant's time to price the lines
 * @param signingDue a signer's time to sign; {@code signingReminder} after the task was created the
 *     signer is reminded by mail
 * @param responseDue the time to obtain the customer's answer; {@code responseReminder} after
 *     sending, the assistant is reminded
 * @param exchangeRatesToCny CNY per unit of each other currency, for the signing authority
 */
@ConfigurationProperties("gendan.quote")
public record QuoteProperties(
    @DefaultValue("30") int defaultValidityDays,
    @DefaultValue("P1D") Period draftDue,
    @DefaultValue("P2D") Period signingDue,
    @DefaultValue("P2D") Duration signingReminder,
    @DefaultValue("P3D") Period responseDue,
    @DefaultValue("P3D") Duration responseReminder,
    Map<String, BigDecimal> exchangeRatesToCny) {

  public QuoteProperties {
    exchangeRatesToCny = exchangeRatesToCny == null ? Map.of() : Map.copyOf(exchangeRatesToCny);
  }
}
