package com.gendan.close;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gendan.close.SafetyStock.Proposal;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The safety stock proposal: the last three months' average usage × factor, rounded up. */
class SafetyStockTest {

  private static final BigDecimal FACTOR = new BigDecimal("1.2");

  private static Proposal propose(String... usage) {
    return SafetyStock.propose(
        Arrays.stream(usage).map(u -> u == null ? null : new BigDecimal(u)).toList(), FACTOR);
  }

  @Test
  void threeMonthsAreAveragedAndTimesTheFactor() {
    Proposal proposal = propose("100", "200", "300");
    assertThat(proposal.averageUsage()).isEqualByComparingTo("200");
    assertThat(proposal.monthsCounted()).isEqualTo(3);
    assertThat(proposal.safetyStock()).isEqualByComparingTo("240");
  }

  @Test
  void theProposalIsRoundedUpToAWholeUnitFromTheExactSum() {
    // (100 + 100 + 101) / 3 = 100.333…, × 1.2 = 120.4 → 121; the average shows 100.333
    Proposal proposal = propose("100", "100", "101");
    assertThat(proposal.averageUsage()).isEqualByComparingTo("100.333");
    assertThat(proposal.safetyStock()).isEqualByComparingTo("121");
    // exactly whole stays whole: 10 × 1.2 = 12
    assertThat(propose("10", "10", "10").safetyStock()).isEqualByComparingTo("12");
    // a fraction of a unit is a unit: 0.5 × 1.2 = 0.6 → 1
    assertThat(propose(null, null, "0.5").safetyStock()).isEqualByComparingTo("1");
  }

  @Test
  void fewerMonthsOfUsageAreAveragedOverTheMonthsSinceTheFirstUse() {
    Proposal firstUsedThisMonth = propose(null, null, "90");
    assertThat(firstUsedThisMonth.monthsCounted()).isEqualTo(1);
    assertThat(firstUsedThisMonth.safetyStock()).isEqualByComparingTo("108");
    Proposal firstUsedLastMonth = propose("0", "60", "30");
    assertThat(firstUsedLastMonth.monthsCounted()).isEqualTo(2);
    assertThat(firstUsedLastMonth.averageUsage()).isEqualByComparingTo("45");
    assertThat(firstUsedLastMonth.safetyStock()).isEqualByComparingTo("54");
    // used three months ago and not since: its zero months count
    Proposal stopped = propose("300", null, null);
    assertThat(stopped.monthsCounted()).isEqualTo(3);
    assertThat(stopped.safetyStock()).isEqualByComparingTo("120");
    // a shorter history than three months is the same
    assertThat(SafetyStock.propose(List.of(new BigDecimal("50")), FACTOR).safetyStock())
        .isEqualByComparingTo("60");
  }

  @Test
  void noUsageProposesZero() {
    Proposal none = propose(null, "0", "0");
    assertThat(none.monthsCounted()).isZero();
    assertThat(none.averageUsage()).isEqualByComparingTo("0");
    assertThat(none.safetyStock()).isEqualByComparingTo("0");
    assertThat(SafetyStock.propose(List.of(), FACTOR).safetyStock()).isEqualByComparingTo("0");
  }

  @Test
  void moreThanThreeMonthsIsAMistake() {
    assertThatThrownBy(() -> propose("1", "2", "3", "4"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
