package com.gendan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {

  private final DocumentFormat format = new DocumentFormat();

  @Test
  void formatsMoneyWithTwoDecimalsAndThousandsSeparators() {
    assertThat(format.money(new BigDecimal("28500"))).isEqualTo("28,500.00");
    assertThat(format.money(new BigDecimal("0.125"))).isEqualTo("0.13");
    assertThat(format.money(1234567L)).isEqualTo("1,234,567.00");
  }

  @Test
  void formatsPricesWithTwoToFourDecimals() {
    assertThat(format.price(new BigDecimal("0.0125"))).isEqualTo("0.0125");
    assertThat(format.price(new BigDecimal("3.5"))).isEqualTo("3.50");
    assertThat(format.price(new BigDecimal("1200.12345"))).isEqualTo("1,200.1235");
  }

  @Test
  void formatsQuantitiesWithoutTrailingZeros() {
    assertThat(format.quantity(new BigDecimal("10000.000"))).isEqualTo("10,000");
    assertThat(format.quantity(new BigDecimal("2.50"))).isEqualTo("2.5");
  }

  @Test
  void printsStringsAsGivenAndNullAsEmpty() {
    assertThat(format.money("面议")).isEqualTo("面议");
    assertThat(format.money(null)).isEmpty();
  }
}
