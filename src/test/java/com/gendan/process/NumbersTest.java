package com.gendan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

  /** A safety bound, not a benchmark: each of these took from seconds to minutes unbounded. */
  private static final Duration BOUND = Duration.ofSeconds(1);

  @ParameterizedTest
  @CsvSource({"1500, 1500", " 12.5 , 12.5", "-3, -3", "1e3, 1E+3", "0.001, 0.001"})
  void readsNumbers(String text, String expected) {
    assertThat(Numbers.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "abc",
        "1,5",
        "Infinity",
        "NaN",
        "1e10000000",
        "-1e10000000",
        "1e-10000000",
        "1e41",
        "1e-41"
      })
  void refusesWhatIsNoNumberOrOutOfAnyRange(String text) {
    assertThat(assertTimeoutPreemptively(BOUND, () -> Numbers.parse(text))).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {Numbers.MAX_TEXT_LENGTH + 1, 1_000_000, 20_000_000})
  void refusesALongDigitStringWithoutParsingIt(int digits) {
    String text = "9".repeat(digits);
    assertThat(assertTimeoutPreemptively(BOUND, () -> Numbers.parse(text))).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "100, true",
    "999999999999999.999, true",
    "1.2345, false",
    "1000000000000000, false",
    "1.2000, true",
    "1E+10000000, false",
    "1E-10000000, false"
  })
  void aQuantityFitsNumeric18Scale3(String quantity, boolean fits) {
    assertThat(
            assertTimeoutPreemptively(BOUND, () -> Numbers.fitsQuantity(new BigDecimal(quantity))))
        .isEqualTo(fits);
  }

  @ParameterizedTest
  @CsvSource({
    "35.1234, true",
    "35.12345, false",
    "99999999999999.9999, true",
    "100000000000000, false"
  })
  void aPriceFitsNumeric18Scale4(String price, boolean fits) {
    assertThat(Numbers.Column.PRICE.fits(new BigDecimal(price))).isEqualTo(fits);
  }

  @ParameterizedTest
  @CsvSource({"2000.25, true", "2000.255, false", "10000000000000000, false"})
  void anAmountFitsNumeric18Scale2(String amount, boolean fits) {
    assertThat(Numbers.Column.AMOUNT.fits(new BigDecimal(amount))).isEqualTo(fits);
  }
}
