package com.gendan.shipment;

import com.gendan.process.Numbers;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Proposes how a shipment travels: the cheapest mode that still arrives by the date, or the fastest
 * when none does (SPEC D8).
 */
@Component
public class TransportPlanner {

  private final ShippingProperties properties;

  public TransportPlanner(ShippingProperties properties) {
    this.properties = properties;
    if (properties.modes().isEmpty()) {
      throw new IllegalStateException("gendan.shipping.modes names no transport mode");
    }
  }

  /** The proposal for goods finished on {@code readyOn}; they leave after the handling days. */
  Proposal propose(LocalDate readyOn, LocalDate dueBy) {
    LocalDate shipOn = readyOn.plusDays(properties.handlingDays());
    List<Map.Entry<TransportMode, ShippingProperties.Mode>> modes =
        properties.modes().entrySet().stream()
            .sorted(
                Comparator.comparing(
                        (Map.Entry<TransportMode, ShippingProperties.Mode> e) ->
                            e.getValue().cost())
                    .thenComparing(e -> e.getValue().transitDays()))
            .toList();
    TransportMode chosen =
        modes.stream()
            .filter(e -> !shipOn.plusDays(e.getValue().transitDays()).isAfter(dueBy))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    boolean meetsDate = chosen != null;
    if (!meetsDate) {
      chosen =
          modes.stream()
              .min(
                  Comparator.comparingInt(
                          (Map.Entry<TransportMode, ShippingProperties.Mode> e) ->
                              e.getValue().transitDays())
                      .thenComparing(e -> e.getValue().cost()))
              .orElseThrow()
              .getKey();
    }
    TransportMode proposed = chosen;
    String options =
        modes.stream()
            .map(
                e -> {
                  LocalDate arrival = shipOn.plusDays(e.getValue().transitDays());
                  return e.getKey().label()
                      + "（"
                      + e.getKey().name()
                      + "）：运费 "
                      + Numbers.plain(e.getValue().cost())
                      + "，约 "
                      + arrival
                      + " 到货"
                      + (arrival.isAfter(dueBy) ? "，晚于交期" : "")
                      + (e.getKey() == proposed ? " ← 建议" : "");
                })
            .collect(Collectors.joining("\n"));
    String headline =
        meetsDate
            ? "交期 " + dueBy + "，建议能按期到货中运费最低的" + proposed.label() + "。"
            : "交期 " + dueBy + "，任何方式都无法按期到货，建议最快的" + proposed.label() + "，并通知客户。";
    return new Proposal(proposed, meetsDate, headline + "\n" + options);
  }

  /** The earliest goods finished on {@code readyOn} can arrive: handling, then the fastest mode. */
  public LocalDate earliestArrival(LocalDate readyOn) {
    return readyOn
        .plusDays(properties.handlingDays())
        .plusDays(
            properties.modes().values().stream()
                .mapToInt(ShippingProperties.Mode::transitDays)
                .min()
                .orElseThrow());
  }

  /** The proposed mode, whether it meets the date, and the comparison the assistant sees. */
  record Proposal(TransportMode mode, boolean meetsDate, String text) {}
}
