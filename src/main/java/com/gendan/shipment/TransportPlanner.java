package com.gendan.shipment;

import com.gendan.customer.CustomerRegion;
import com.gendan.process.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Proposes how a shipment travels to the customer's region: of the modes that serve it (the lanes
 * of the decision table {@value TransportLanes#DECISION_KEY}, with their days in transit) and have
 * a cost (gendan.shipping.modes), the cheapest that still arrives by the date, or the fastest when
 * none does (SPEC D8).
 */
@Component
public class TransportPlanner {

  private final ShippingProperties properties;
  private final TransportLanes lanes;

  public TransportPlanner(ShippingProperties properties, TransportLanes lanes) {
    this.properties = properties;
    this.lanes = lanes;
    if (properties.modes().isEmpty()) {
      throw new IllegalStateException("gendan.shipping.modes names no transport mode");
    }
  }

  /** The proposal for goods finished on {@code readyOn}; they leave after the handling days. */
  Proposal propose(CustomerRegion region, LocalDate readyOn, LocalDate dueBy) {
    LocalDate shipOn = readyOn.plusDays(properties.handlingDays());
    List<Lane> modes =
        lanes(region).stream()
            .sorted(Comparator.comparing(Lane::cost).thenComparing(Lane::transitDays))
            .toList();
    Lane chosen =
        modes.stream()
            .filter(lane -> !shipOn.plusDays(lane.transitDays()).isAfter(dueBy))
            .findFirst()
            .orElse(null);
    boolean meetsDate = chosen != null;
    if (!meetsDate) {
      chosen = fastest(modes);
    }
    TransportMode proposed = chosen.mode();
    String options =
        modes.stream()
            .map(
                lane -> {
                  LocalDate arrival = shipOn.plusDays(lane.transitDays());
                  return lane.mode().label()
                      + "：运费 "
                      + Numbers.plain(lane.cost())
                      + "，在途 "
                      + lane.transitDays()
                      + " 天，约 "
                      + arrival
                      + " 到货"
                      + (arrival.isAfter(dueBy) ? "，晚于交期" : "")
                      + (lane.mode() == proposed ? " ← 建议" : "");
                })
            .collect(Collectors.joining("\n"));
    String headline =
        "客户所在地区："
            + region.label()
            + "。"
            + (meetsDate
                ? "交期 " + dueBy + "，建议能按期到货中运费最低的" + proposed.label() + "。"
                : "交期 " + dueBy + "，任何方式都无法按期到货，建议最快的" + proposed.label() + "，并通知客户。");
    return new Proposal(proposed, meetsDate, headline + "\n" + options);
  }

  /**
   * The earliest goods finished on {@code readyOn} can reach a customer in {@code region}:
   * handling, then the fastest mode that serves it.
   */
  public LocalDate earliestArrival(CustomerRegion region, LocalDate readyOn) {
    return readyOn
        .plusDays(properties.handlingDays())
        .plusDays(fastest(lanes(region)).transitDays());
  }

  /**
   * The modes that serve the region and have a cost; a region the table does not serve at all
   * travels as an unknown one does.
   */
  private List<Lane> lanes(CustomerRegion region) {
    List<Lane> served = served(region);
    if (served.isEmpty() && region != CustomerRegion.UNKNOWN) {
      served = served(CustomerRegion.UNKNOWN);
    }
    if (served.isEmpty()) {
      throw new IllegalStateException(
          "no transport mode with a cost serves region "
              + region.label()
              + " in decision "
              + TransportLanes.DECISION_KEY);
    }
    return served;
  }

  private List<Lane> served(CustomerRegion region) {
    Map<TransportMode, ShippingProperties.Mode> costs = properties.modes();
    return lanes.transitDays(region).entrySet().stream()
        .filter(lane -> costs.containsKey(lane.getKey()))
        .map(lane -> new Lane(lane.getKey(), costs.get(lane.getKey()).cost(), lane.getValue()))
        .toList();
  }

  private static Lane fastest(List<Lane> lanes) {
    return lanes.stream()
        .min(Comparator.comparingInt(Lane::transitDays).thenComparing(Lane::cost))
        .orElseThrow();
  }

  /** A mode that serves the region: its cost and days in transit. */
  private record Lane(TransportMode mode, BigDecimal cost, int transitDays) {}

  /** The proposed mode, whether it meets the date, and the comparison the assistant sees. */
  record Proposal(TransportMode mode, boolean meetsDate, String text) {}
}
