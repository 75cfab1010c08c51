package com.gendan.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The transport proposal at its boundaries, with the demo configuration's modes. */
class TransportPlannerTest {

  static final LocalDate READY = LocalDate.of(2026, 12, 1);

  static final Map<TransportMode, ShippingProperties.Mode> MODES =
      Map.of(
          TransportMode.EXPRESS, mode("1200", 2),
          TransportMode.TRUCK, mode("800", 3),
          TransportMode.SEA, mode("500", 15),
          TransportMode.AIR, mode("3000", 1));

  final TransportPlanner planner = new TransportPlanner(new ShippingProperties(MODES, 1));

  @Test
  void theCheapestModeThatArrivesOnTheDueDateItselfIsProposed() {
    // ready 12-01, leaves 12-02, sea arrives 12-17
    assertThat(planner.propose(READY, LocalDate.of(2026, 12, 17)).mode())
        .isEqualTo(TransportMode.SEA);
    assertThat(planner.propose(READY, LocalDate.of(2026, 12, 16)).mode())
        .isEqualTo(TransportMode.TRUCK);
  }

  @Test
  void theHandlingDayCountsBeforeTheGoodsTravel() {
    TransportPlanner.Proposal proposal = planner.propose(READY, LocalDate.of(2026, 12, 4));
    assertThat(proposal.mode())
        .as("truck leaves 12-02 and arrives 12-05, a day late")
        .isEqualTo(TransportMode.EXPRESS);
    assertThat(proposal.text())
        .contains(
            "汽运（TRUCK）：运费 800，约 2026-12-05 到货，晚于交期", "快递（EXPRESS）：运费 1200，约 2026-12-04 到货 ← 建议");
    TransportPlanner sameDay = new TransportPlanner(new ShippingProperties(MODES, 0));
    assertThat(sameDay.propose(READY, LocalDate.of(2026, 12, 4)).mode())
        .isEqualTo(TransportMode.TRUCK);
  }

  @Test
  void whenNothingArrivesInTimeTheFastestIsProposedAndSaysSo() {
    TransportPlanner.Proposal proposal = planner.propose(READY, READY);
    assertThat(proposal.mode()).isEqualTo(TransportMode.AIR);
    assertThat(proposal.meetsDate()).isFalse();
    assertThat(proposal.text()).contains("任何方式都无法按期到货，建议最快的空运");
  }

  @Test
  void theEarliestArrivalIsHandlingThenTheFastestMode() {
    assertThat(planner.earliestArrival(READY)).isEqualTo(LocalDate.of(2026, 12, 3));
  }

  @Test
  void negativeHandlingDaysAreRefusedAtStartUp() {
    assertThatThrownBy(() -> new ShippingProperties(MODES, -1))
        .hasMessageContaining("handling-days");
  }

  private static ShippingProperties.Mode mode(String cost, int transitDays) {
    return new ShippingProperties.Mode(new BigDecimal(cost), transitDays);
  }
}
