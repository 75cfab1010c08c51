package com.gendan.shortage;

import java.util.Map;

/** What the shortage forms call their fields, for messages that Tasklist shows. */
final class ShortageFieldLabels {

  private static final Map<String, String> LABELS = Map.of(
      "productCode", "产品",
      "availableQuantity", "可分配数量",
      "allocationText", "分配数量");

  private ShortageFieldLabels() {
  }

  static String of(String field) {
    return LABELS.getOrDefault(field, field);
  }
}
