package com.gendan.orderchange;

import com.gendan.data.Labeled;
import java.util.Arrays;
import java.util.Optional;

/** How the sales rep consumes one dead-stock item. */
public enum Disposition implements Labeled {
  SELL("转售"),
  REWORK("重工"),
  SCRAP("报废");

  private final String label;

  Disposition(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** By its Chinese label or its code, any letter case. */
  static Optional<Disposition> of(String text) {
    return Arrays.stream(values())
        .filter(d -> d.label.equals(text) || d.name().equalsIgnoreCase(text))
        .findFirst();
  }
}
