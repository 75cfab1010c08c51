package com.gendan.shortage;

import com.gendan.process.FieldLabels;
import java.util.Map;

/** What the shortage forms call their fields, for messages that Tasklist shows. */
final class ShortageFieldLabels {

  static final FieldLabels LABELS =
      FieldLabels.of(
          Map.of(
              "productCode", "产品",
              "availableQuantity", "可分配数量",
              "allocationText", "分配数量",
              "lines", "分配数量"));

  private ShortageFieldLabels() {}
}
