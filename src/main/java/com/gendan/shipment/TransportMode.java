package com.gendan.shipment;

import com.gendan.data.Labeled;
import java.util.Arrays;
import java.util.Optional;

/** How a shipment travels. Cost and transit days per mode are configuration. */
public enum TransportMode implements Labeled {
  EXPRESS("快递"),
  TRUCK("汽运"),
  SEA("海运"),
  AIR("空运");

  private final String label;

  TransportMode(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The mode a form or request names by its code ({@code EXPRESS}), in any letter case. */
  public static Optional<TransportMode> of(String code) {
    return Arrays.stream(values())
        .filter(m -> m.name().equalsIgnoreCase(code == null ? "" : code.trim()))
        .findFirst();
  }
}
