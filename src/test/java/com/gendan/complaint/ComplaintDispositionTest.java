package com.gendan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.complaint.ComplaintHandlingProcess.DispositionKind;
import com.gendan.complaint.ComplaintHandlingProcess.Variables;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who approves a complaint's disposition (SPEC D9): the sales manager always, finance every
 * discount, the general manager once above the threshold of the kind (50,000 CNY to accept as is or
 * rework, 20,000 to remake, 10,000 for a discount or the customer's own demand). The order of the
 * result is the approval order. Each threshold is tested on both sides.
 */
class ComplaintDispositionTest {

  private static final String RESOURCE = "processes/complaint-disposition.dmn";

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = resource()) {
      decision = dmnEngine.parseDecision(ComplaintHandlingProcess.DISPOSITION_DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "{0} {1} CNY -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # kind        | amount CNY | approvers in order
      acceptAsIs     | 0          | sales-manager
      acceptAsIs     | 50000      | sales-manager
      acceptAsIs     | 50000.01   | sales-manager,general-manager
      rework         | 50000      | sales-manager
      rework         | 50000.01   | sales-manager,general-manager
      remake         | 20000      | sales-manager
      remake         | 20000.01   | sales-manager,general-manager
      remake         | 50000.01   | sales-manager,general-manager
      discount       | 0.01       | sales-manager,finance
      discount       | 10000      | sales-manager,finance
      discount       | 10000.01   | sales-manager,finance,general-manager
      customerDemand | 10000      | sales-manager
      customerDemand | 10000.01   | sales-manager,general-manager
      """)
  void decidesTheApproversInOrder(String kind, BigDecimal amount, String expected) {
    List<String> approvers = approvers(kind, amount.doubleValue());

    assertThat(approvers).containsExactlyElementsOf(Arrays.asList(expected.split(",")));
  }

  @Test
  void readsTheAmountAsTheProcessKeepsIt() {
    // ProcessVariable.decimal keeps the exact text; the table reads it as a number
    Object stored = Variables.DISPOSITION_AMOUNT.stored(new BigDecimal("20000.01"));

    assertThat(stored).isEqualTo("20000.01");
    assertThat(approvers(DispositionKind.REMAKE.value(), stored))
        .containsExactly("sales-manager", "general-manager");
  }

  @Test
  void everyKindOfTheFormIsAnInputValueOfTheTable() throws IOException {
    Input kind = table().getInputs().iterator().next();

    assertThat(kind.getInputValues().getText().getTextContent())
        .isEqualTo(
            Arrays.stream(DispositionKind.values())
                .map(k -> "\"" + k.value() + "\"")
                .reduce((a, b) -> a + "," + b)
                .orElseThrow());
  }

  @Test
  void eachRuleIsDescribedTheInputsAreLabelledInChineseAndTheTableCollects() throws IOException {
    DecisionTable table = table();
    Collection<Rule> rules = table.getRules();

    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
    assertThat(rules)
        .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
    assertThat(table.getInputs()).extracting(Input::getLabel).containsExactly("处理方式", "金额（人民币）");
    assertThat(table.getInputs())
        .extracting(input -> input.getInputExpression().getText().getTextContent())
        .containsExactly(Variables.DISPOSITION_KIND.name(), Variables.DISPOSITION_AMOUNT.name());
  }

  private static List<String> approvers(String kind, Object amount) {
    return dmnEngine
        .evaluateDecisionTable(
            decision,
            org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue(Variables.DISPOSITION_KIND.name(), kind)
                .putValue(Variables.DISPOSITION_AMOUNT.name(), amount))
        .collectEntries(Variables.APPROVER_GROUP.name());
  }

  private static DecisionTable table() throws IOException {
    DmnModelInstance model;
    try (InputStream dmn = resource()) {
      model = Dmn.readModelFromStream(dmn);
    }
    Decision disposition = model.getModelElementById(ComplaintHandlingProcess.DISPOSITION_DECISION);
    return (DecisionTable) disposition.getExpression();
  }

  private static InputStream resource() {
    InputStream dmn = ComplaintDispositionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    assertThat(dmn).as(RESOURCE + " on the classpath").isNotNull();
    return dmn;
  }
}
