package com.gendan.orderchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.orderchange.OrderChangeProcess.Variables;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who signs a change or cancellation request (orderChangeAuthority, SPEC D6): the sales manager
 * always and first; the general manager, once, when the departments' impact adds up to more than
 * 50,000 CNY or when a primary customer's order is cancelled.
 */
class OrderChangeAuthorityTest {

  private static final String RESOURCE = "processes/order-change-authority.dmn";

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn =
        OrderChangeAuthorityTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertThat(dmn).as(RESOURCE + " on the classpath").isNotNull();
      decision = dmnEngine.parseDecision(OrderChangeProcess.AUTHORITY_DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "{0}, impact {1} CNY, {2} customer -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # kind | total impact CNY | tier      | signers in order
      change | 0                | secondary | sales-manager
      change | 50000            | primary   | sales-manager
      change | 50000            | secondary | sales-manager
      change | 50000.01         | secondary | sales-manager,general-manager
      change | 50000.01         | primary   | sales-manager,general-manager
      cancel | 50000            | secondary | sales-manager
      cancel | 50000.01         | secondary | sales-manager,general-manager
      cancel | 0                | primary   | sales-manager,general-manager
      cancel | 50000            | primary   | sales-manager,general-manager
      cancel | 50000.01         | primary   | sales-manager,general-manager
      cancel | 900000           | primary   | sales-manager,general-manager
      """)
  void decidesTheSignersInOrderAtTheLimit(
      String kind, double totalImpactCost, String tier, String expected) {
    assertThat(signers(kind, totalImpactCost, tier))
        .containsExactlyElementsOf(Arrays.asList(expected.split(",")));
  }

  @Test
  void aPrimaryCustomersCostlyCancellationIsSignedByTheGeneralManagerOnlyOnce() {
    assertThat(signers(ChangeKind.CANCEL.value(), 120_000, "primary"))
        .containsExactly("sales-manager", "general-manager");
  }

  private static List<String> signers(String kind, double totalImpactCost, String tier) {
    return dmnEngine
        .evaluateDecisionTable(
            decision,
            org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue(Variables.CHANGE_KIND.name(), kind)
                .putValue(Variables.TOTAL_IMPACT_COST.name(), totalImpactCost)
                .putValue(Variables.CUSTOMER_TIER.name(), tier))
        .collectEntries(Variables.APPROVER_GROUP.name());
  }
}
