package com.gendan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Looking into the JSON arrays an API answers, as tests read them. */
public final class JsonArrays {

  private JsonArrays() {}

  /** The element whose {@code field} has {@code value}; fails the test when there is none. */
  public static JsonNode byField(JsonNode array, String field, String value) {
    for (JsonNode node : array) {
      if (value.equals(node.path(field).asText())) {
        return node;
      }
    }
    throw new AssertionError("no " + field + " = " + value + " in " + array);
  }

  /** The {@code field} of every element, as text. */
  public static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.path(field).asText()));
    return texts;
  }
}
