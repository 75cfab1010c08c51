package com.gendan.shipment;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transport settings (gendan.shipping.*): for every mode the cost of one shipment. A mode missing
 * here is never proposed. The days in transit depend on the customer's region: the decision table
 * {@code transportLanes} (processes/transport-lanes.dmn).
 *
 * @param modes cost per transport mode
 * @param handlingDays days from goods reported finished to goods leaving the warehouse (the
 *     transport choice and the outbound delivery)
 */
@ConfigurationProperties("gendan.shipping")
public record ShippingProperties(
    Map<TransportMode, Mode> modes, @DefaultValue("1") int handlingDays) {

  public ShippingProperties {
    modes = modes == null ? Map.of() : Map.copyOf(modes);
    if (handlingDays < 0) {
      throw new IllegalArgumentException("gendan.shipping.handling-days must not be negative");
    }
  }

  /**
   * @param cost what one shipment costs, in the default currency
   */
  public record Mode(BigDecimal cost) {}
}
