package com.gendan.product;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The currencies Gendan accepts for prices and credit limits ({@code gendan.currencies}, ISO 4217
 * codes). The first one is the default currency.
 */
@ConfigurationProperties(prefix = "gendan")
public record CurrencyProperties(@DefaultValue({"CNY", "USD"}) List<String> currencies) {

  public CurrencyProperties {
    if (currencies == null || currencies.isEmpty()) {
      throw new IllegalArgumentException("gendan.currencies must name at least one currency");
    }
    currencies = List.copyOf(currencies);
  }

  public boolean isAllowed(String currency) {
    return currencies.contains(currency);
  }

  public String defaultCurrency() {
    return currencies.get(0);
  }

  /** The Chinese reason for a currency that is not allowed. */
  public String notAllowedMessage() {
    return "不支持的币种，可选：" + String.join(", ", currencies);
  }
}
