package com.gendan.shipment;

import com.gendan.customer.CustomerRegion;
import java.util.Map;

/**
 * The days in transit per transport mode to a customer's region: the lanes a mode serves. A mode
 * without a lane to the region is not proposed there.
 */
@FunctionalInterface
public interface TransportLanes {

  /** The decision table the lanes come from ({@code processes/transport-lanes.dmn}). */
  String DECISION_KEY = "transportLanes";

  /** Its input: the region's label (华东, 华南, …, 境外, 未知). */
  String REGION = "region";

  /** Its outputs, one row per lane: the mode's name and its days in transit. */
  String TRANSPORT_MODE = "transportMode";

  String TRANSIT_DAYS = "transitDays";

  /** Days in transit per mode that serves the region; empty when none does. */
  Map<TransportMode, Integer> transitDays(CustomerRegion region);
}
