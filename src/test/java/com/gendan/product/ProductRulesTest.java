package com.gendan.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.problem.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductRulesTest {

  private final ProductRules rules =
      new ProductRules(new CurrencyProperties(List.of("CNY", "USD")));

  @Test
  void floorPriceMayEqualButNotExceedListPrice() {
    assertThat(rules.check(product("10.00", "10", "CNY"))).isEmpty();
    assertThat(rules.check(product("10.00", "10.0001", "CNY")))
        .extracting(FieldProblem::field)
        .containsExactly("floorPrice");
  }

  @Test
  void currencyMustBeConfigured() {
    assertThat(rules.check(product("10", "9", "USD"))).isEmpty();
    assertThat(rules.check(product("10", "9", "EUR")))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.field()).isEqualTo("currency");
              assertThat(problem.message()).contains("CNY", "USD");
            });
  }

  @Test
  void missingValuesAreLeftToBeanValidation() {
    assertThat(
            rules.check(new ProductRequest(null, null, null, null, null, null, null, null, null)))
        .isEmpty();
  }

  @Test
  void theFirstConfiguredCurrencyIsTheDefault() {
    assertThat(new CurrencyProperties(List.of("USD", "CNY")).defaultCurrency()).isEqualTo("USD");
  }

  private static ProductRequest product(String listPrice, String floorPrice, String currency) {
    return new ProductRequest(
        "P1",
        "电阻",
        null,
        "件",
        new BigDecimal(listPrice),
        new BigDecimal(floorPrice),
        currency,
        7,
        BigDecimal.ONE);
  }
}
