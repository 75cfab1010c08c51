package com.gendan.security;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bounds every value a form submits before anything parses it: the type its field submits
 * (text, a number, yes or no), no more characters than its field allows, no control characters but line breaks and tabs, a number field a plain finite
 * number of at most {@link #NUMBER_CHARACTERS} characters. A 1 MB digit string or
 * {@code 1e10000000} is refused here, in microseconds, instead of pinning a CPU further on.
 */
final class SubmittedBounds {

  /** 15 digits, a sign, a point and a few decimals: more than any quantity or price holds. */
  static final int NUMBER_CHARACTERS = 24;
  /** Magnitude of the largest number a form may submit (NUMERIC(18, 3) holds below 10^15). */
  static final double NUMBER_MAGNITUDE = 1e15;

  static final String TOO_LONG = "内容过长，最多 %d 个字符";
  static final String CONTROL_CHARACTERS = "含有不允许的控制字符";
  static final String NOT_A_NUMBER = "不是有效的数字（最多15位整数，不能使用指数形式）";
  static final String NOT_A_FLAG = "应为是或否";
  static final String NOT_TEXT = "应为文字";

  private SubmittedBounds() {
  }

  /** Why the submitted variable ({@code {"value": …, "type": …}}) is refused, if it is. */
  static Optional<String> problem(FormFields form, String name, JsonNode variable) {
    JsonNode value = variable == null ? null : variable.get("value");
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (form.numbers().contains(name) && !value.isNumber()) {
      return Optional.of(NOT_A_NUMBER);
    }
    if (form.flags().contains(name) && !value.isBoolean()) {
      return Optional.of(NOT_A_FLAG);
    }
    if (form.texts().contains(name) && !value.isTextual()) {
      return Optional.of(NOT_TEXT);
    }
    int maxLength = form.maxLengths().getOrDefault(name, FormFields.SHORT_TEXT);
    String text = value.isValueNode() ? value.asText() : value.toString();
    if (text.length() > maxLength) {
      return Optional.of(TOO_LONG.formatted(maxLength));
    }
    if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'
        || c == 0x7f)) {
      return Optional.of(CONTROL_CHARACTERS);
    }
    if (form.numbers().contains(name) && !isPlainNumber(value, text)) {
      return Optional.of(NOT_A_NUMBER);
    }
    return Optional.empty();
  }

  private static boolean isPlainNumber(JsonNode value, String text) {
    if (text.length() > NUMBER_CHARACTERS || !text.matches("-?\\d+(\\.\\d+)?")) {
      // a JSON number Jackson wrote in exponent form is still refused: so is what it stands for
      return value.isNumber() && Double.isFinite(value.asDouble())
          && Math.abs(value.asDouble()) < NUMBER_MAGNITUDE
          && value.decimalValue().stripTrailingZeros().scale() <= 6;
    }
    return Math.abs(Double.parseDouble(text)) < NUMBER_MAGNITUDE;
  }
}
