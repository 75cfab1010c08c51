package com.gendan.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The signing authority table (SPEC D2): every quote is signed by the sales manager; the general
 * manager signs too, exactly once, when the discount is over 10 %, a price is below the floor
 * price, or the total is over 1,000,000 CNY. The order of the result is the signing order.
 */
class QuoteApprovalAuthorityTest {

  private static final String RESOURCE = "processes/quote-approval-authority.dmn";
  private static final String SALES_MANAGER = "sales-manager";
  private static final String GENERAL_MANAGER = "general-manager";

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = resource()) {
      decision = dmnEngine.parseDecision(QuoteApprovalProcess.AUTHORITY_DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "discount {0} %, below floor {1}, total {2} CNY, tier {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # discount | below floor | total CNY   | tier      | signers in order
      0          | false       | 1000        | primary   | sales-manager
      10         | false       | 50000       | primary   | sales-manager
      10.01      | false       | 50000       | primary   | sales-manager,general-manager
      15         | false       | 50000       | secondary | sales-manager,general-manager
      5          | true        | 50000       | primary   | sales-manager,general-manager
      10         | true        | 50000       | primary   | sales-manager,general-manager
      5          | false       | 1000000     | primary   | sales-manager
      5          | false       | 1000000.01  | primary   | sales-manager,general-manager
      10         | false       | 1000000.01  | secondary | sales-manager,general-manager
      15         | true        | 50000       | primary   | sales-manager,general-manager
      15         | false       | 2000000     | primary   | sales-manager,general-manager
      5          | true        | 2000000     | primary   | sales-manager,general-manager
      15         | true        | 2000000     | secondary | sales-manager,general-manager
      """)
  void decidesTheSignersInOrder(
      double discountPercent,
      boolean belowFloorPrice,
      double totalAmountCny,
      String customerTier,
      String expectedSigners) {
    List<String> signers = signers(discountPercent, belowFloorPrice, totalAmountCny, customerTier);

    assertThat(signers).containsExactlyElementsOf(Arrays.asList(expectedSigners.split(",")));
  }

  @Test
  void salesManagerSignsAnOrdinaryQuoteAlone() {
    assertThat(signers(3.5, false, 80_000, "primary")).containsExactly(SALES_MANAGER);
  }

  @Test
  void generalManagerSignsOnceEvenWhenEveryReasonApplies() {
    List<String> signers = signers(15, true, 1_500_000, "primary");

    assertThat(signers).containsExactly(SALES_MANAGER, GENERAL_MANAGER);
    assertThat(signers).filteredOn(GENERAL_MANAGER::equals).hasSize(1);
  }

  @Test
  void salesManagerSignsBeforeTheGeneralManager() {
    List<String> signers = signers(12, false, 10_000, "secondary");

    assertThat(signers.indexOf(SALES_MANAGER)).isLessThan(signers.indexOf(GENERAL_MANAGER));
  }

  @Test
  void eachRuleIsDescribedAndTheTableCollects() throws IOException {
    DmnModelInstance model;
    try (InputStream dmn = resource()) {
      model = Dmn.readModelFromStream(dmn);
    }
    Decision authority = model.getModelElementById(QuoteApprovalProcess.AUTHORITY_DECISION);
    DecisionTable table = (DecisionTable) authority.getExpression();
    Collection<Rule> rules = table.getRules();

    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
    assertThat(rules)
        .extracting(Rule::getId)
        .containsExactly(
            "Rule_SalesManagerAlways",
            "Rule_GeneralManagerDiscountOverTen",
            "Rule_GeneralManagerBelowFloorPrice",
            "Rule_GeneralManagerLargeAmount");
    assertThat(rules)
        .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
    assertThat(table.getInputs())
        .extracting(input -> input.getInputExpression().getText().getTextContent())
        .containsExactly("discountPercent", "belowFloorPrice", "totalAmountCny", "customerTier");
  }

  private static List<String> signers(
      double discountPercent, boolean belowFloorPrice, double totalAmountCny, String customerTier) {
    VariableMap variables =
        Variables.createVariables()
            .putValue(QuoteApprovalProcess.Variables.DISCOUNT_PERCENT.name(), discountPercent)
            .putValue(QuoteApprovalProcess.Variables.BELOW_FLOOR_PRICE.name(), belowFloorPrice)
            .putValue(QuoteApprovalProcess.Variables.TOTAL_AMOUNT_CNY.name(), totalAmountCny)
            .putValue(QuoteApprovalProcess.Variables.CUSTOMER_TIER.name(), customerTier);
    DmnDecisionTableResult result = dmnEngine.evaluateDecisionTable(decision, variables);
    return result.collectEntries(QuoteApprovalProcess.Variables.APPROVER_GROUP.name());
  }

  private static InputStream resource() {
    InputStream dmn =
        QuoteApprovalAuthorityTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    assertThat(dmn).as(RESOURCE + " on the classpath").isNotNull();
    return dmn;
  }
}
