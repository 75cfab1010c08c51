package com.gendan.shortage;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.shortage.ShortageAllocationProcess.Decision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shortage allocation priorities (SPEC D7), deployed and evaluated on the plain engine as the
 * process's delegate will: primary customers before secondary ones, overdue before on time within a
 * tier, unclassified customers last. Ties go by promised date in Java, not here.
 */
@Deployment(resources = "processes/shortage-allocation.dmn")
class ShortageAllocationDecisionTest {

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  @ParameterizedTest(name = "{0}, {1} days to the promised date -> {2} {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # tier     | days | priority | reason
      PRIMARY    | -5   | 1        | 主要客户，已逾期
      PRIMARY    | -1   | 1        | 主要客户，已逾期
      PRIMARY    | 0    | 2        | 主要客户
      PRIMARY    | 12   | 2        | 主要客户
      SECONDARY  | -30  | 3        | 次要客户，已逾期
      SECONDARY  | -1   | 3        | 次要客户，已逾期
      SECONDARY  | 0    | 4        | 次要客户
      SECONDARY  | 7    | 4        | 次要客户
      UNKNOWN    | -3   | 5        | 未分级客户
      primary    | 3    | 5        | 未分级客户
      """)
  void ranksAnOrderLine(String tier, int days, int priority, String reason) {
    DmnDecisionResultEntries result = evaluate(tier, days);

    assertThat(result.<Integer>getEntry(Decision.PRIORITY)).isEqualTo(priority);
    assertThat(result.<String>getEntry(Decision.REASON)).isEqualTo(reason);
  }

  @Test
  void aCustomerWithoutATierComesLast() {
    DmnDecisionResultEntries result = evaluate(null, -10);

    assertThat(result.<Integer>getEntry(Decision.PRIORITY)).isEqualTo(5);
    assertThat(result.<String>getEntry(Decision.REASON)).isEqualTo("未分级客户");
  }

  @Test
  void anyOverdueSecondaryCustomerComesAfterAPrimaryOneOnTime() {
    int primaryOnTime = evaluate("PRIMARY", 60).<Integer>getEntry(Decision.PRIORITY);
    int secondaryOverdue = evaluate("SECONDARY", -60).<Integer>getEntry(Decision.PRIORITY);

    assertThat(primaryOnTime).isLessThan(secondaryOverdue);
  }

  private DmnDecisionResultEntries evaluate(String customerTier, int daysToPromisedDate) {
    return engine
        .getDecisionService()
        .evaluateDecisionByKey(ShortageAllocationProcess.DECISION_KEY)
        .variables(
            Variables.createVariables()
                .putValue(Decision.CUSTOMER_TIER, customerTier)
                .putValue(Decision.DAYS_TO_PROMISED_DATE, daysToPromisedDate))
        .evaluate()
        .getSingleResult();
  }
}
