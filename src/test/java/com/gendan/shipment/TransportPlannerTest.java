package com.gendan.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gendan.customer.CustomerRegion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The transport proposal at its boundaries, with the demo configuration's costs and lanes like the
 * decision table's: to 华南 every mode, to 华东 only express and truck (a day each).
 */
class TransportPlannerTest {

  static final LocalDate READY = LocalDate.of(2026, 12, 1);

  static final Map<TransportMode, ShippingProperties.Mode> MODES =
      Map.of(
          TransportMode.EXPRESS, mode("1200"),
          TransportMode.TRUCK, mode("800"),
          TransportMode.SEA, mode("500"),
          TransportMode.AIR, mode("3000"));

  static final TransportLanes LANES =
      region ->
          switch (region) {
            case SOUTH ->
                Map.of(
                    TransportMode.EXPRESS, 2,
                    TransportMode.TRUCK, 3,
                    TransportMode.SEA, 15,
                    TransportMode.AIR, 1);
            case EAST -> Map.of(TransportMode.EXPRESS, 1, TransportMode.TRUCK, 1);
            case UNKNOWN -> Map.of(TransportMode.EXPRESS, 2);
            default -> Map.of();
          };

  final TransportPlanner planner = new TransportPlanner(new ShippingProperties(MODES, 1), LANES);

  @Test
  void theCheapestModeThatArrivesOnTheDueDateItselfIsProposed() {
    // ready 12-01, leaves 12-02, sea arrives 12-17
    assertThat(planner.propose(CustomerRegion.SOUTH, READY, LocalDate.of(2026, 12, 17)).mode())
        .isEqualTo(TransportMode.SEA);
    assertThat(planner.propose(CustomerRegion.SOUTH, READY, LocalDate.of(2026, 12, 16)).mode())
        .isEqualTo(TransportMode.TRUCK);
  }

  @Test
  void aCustomerNearbyIsNotProposedAModeThatDoesNotServeItsRegion() {
    TransportPlanner.Proposal proposal =
        planner.propose(CustomerRegion.EAST, READY, LocalDate.of(2026, 12, 30));

    assertThat(proposal.mode())
        .as("sea is cheaper but does not go to 华东")
        .isEqualTo(TransportMode.TRUCK);
    assertThat(proposal.text())
        .contains("客户所在地区：华东", "汽运：运费 800，在途 1 天，约 2026-12-03 到货 ← 建议")
        .doesNotContain("海运", "空运", "SEA", "TRUCK");
    assertThat(planner.earliestArrival(CustomerRegion.EAST, READY))
        .isEqualTo(LocalDate.of(2026, 12, 3));
  }

  @Test
  void theHandlingDayCountsBeforeTheGoodsTravel() {
    TransportPlanner.Proposal proposal =
        planner.propose(CustomerRegion.SOUTH, READY, LocalDate.of(2026, 12, 4));
    assertThat(proposal.mode())
        .as("truck leaves 12-02 and arrives 12-05, a day late")
        .isEqualTo(TransportMode.EXPRESS);
    assertThat(proposal.text())
        .contains(
            "汽运：运费 800，在途 3 天，约 2026-12-05 到货，晚于交期", "快递：运费 1200，在途 2 天，约 2026-12-04 到货 ← 建议");
    TransportPlanner sameDay = new TransportPlanner(new ShippingProperties(MODES, 0), LANES);
    assertThat(sameDay.propose(CustomerRegion.SOUTH, READY, LocalDate.of(2026, 12, 4)).mode())
        .isEqualTo(TransportMode.TRUCK);
  }

  @Test
  void whenNothingArrivesInTimeTheFastestIsProposedAndSaysSo() {
    TransportPlanner.Proposal proposal = planner.propose(CustomerRegion.SOUTH, READY, READY);
    assertThat(proposal.mode()).isEqualTo(TransportMode.AIR);
    assertThat(proposal.meetsDate()).isFalse();
    assertThat(proposal.text()).contains("任何方式都无法按期到货，建议最快的空运");
  }

  @Test
  void theEarliestArrivalIsHandlingThenTheFastestModeToTheRegion() {
    assertThat(planner.earliestArrival(CustomerRegion.SOUTH, READY))
        .isEqualTo(LocalDate.of(2026, 12, 3));
  }

  @Test
  void aRegionTheTableDoesNotServeTravelsAsAnUnknownOne() {
    assertThat(planner.propose(CustomerRegion.NORTHWEST, READY, READY.plusDays(10)).mode())
        .isEqualTo(TransportMode.EXPRESS);
    TransportPlanner none = new TransportPlanner(new ShippingProperties(MODES, 1), r -> Map.of());
    assertThatThrownBy(() -> none.earliestArrival(CustomerRegion.EAST, READY))
        .hasMessageContaining("transportLanes");
  }

  @Test
  void negativeHandlingDaysAreRefusedAtStartUp() {
    assertThatThrownBy(() -> new ShippingProperties(MODES, -1))
        .hasMessageContaining("handling-days");
  }

  private static ShippingProperties.Mode mode(String cost) {
    return new ShippingProperties.Mode(new BigDecimal(cost));
  }
}
