package com.gendan.customer;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** Small string helpers shared by the customer records. */
final class Texts {

  private Texts() {}

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static String joinPresent(String separator, String... parts) {
    return Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(separator));
  }
}
