package com.gendan.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.process.FormFields;
import com.gendan.process.Numbers;
import com.gendan.process.PlainText;
import java.util.Optional;

/**
 * Bounds every value a form submits before anything parses it: the type its field submits (text, a
 * number, yes or no), no more characters than its field allows, no control characters ({@link
 * PlainText}), and a number field a number {@link Numbers#parse} reads. A 1 MB digit string or
 * {@code 1e10000000} is refused here, in microseconds, instead of pinning a CPU further on.
 */
final class SubmittedBounds {

  static final String TOO_LONG = "内容过长，最多 %d 个字符";
  static final String NOT_A_NUMBER = "不是有效的数字";
  static final String NOT_A_FLAG = "应为是或否";
  static final String NOT_TEXT = "应为文字";

  private SubmittedBounds() {}

  /** Why the submitted variable ({@code {"value": …, "type": …}}) is refused, if it is. */
  static Optional<String> problem(FormFields form, String name, JsonNode variable) {
    JsonNode value = variable == null ? null : variable.get("value");
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (form.numbers().contains(name)
        && (!value.isNumber() || Numbers.parse(value.asText()) == null)) {
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
    if (PlainText.hasControlCharacters(text)) {
      return Optional.of(PlainText.CONTROL_CHARACTERS);
    }
    return Optional.empty();
  }
}
