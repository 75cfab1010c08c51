package com.gendan.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gendan.identity.DemoUser;
import com.gendan.process.Numbers;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The automatic order review (SPEC D4) as the assistant meets it: an order registered through the
 * API and reviewed by its process shows each finding on its page, with its line and an explanation
 * naming the values judged, while the value just inside the limit is no finding. {@link #PRODUCT}
 * (EC-C0805-106) is sold by the 盘, at least 10, with a lead time of 10 days ({@code DemoProducts}).
 * Price mismatches and specs are walked in {@link SalesOrderFlowTest}.
 */
class OrderReviewFlowTest extends OrderFlowTest {

  /** {@link #PRODUCT}'s minimum order quantity, in 盘. */
  private static final BigDecimal MINIMUM = new BigDecimal("10");

  private static final int LEAD_TIME_DAYS = 10;

  /** A demo product (14 days, at least 100 张) that no other test agrees a price for with C001. */
  private static final String UNQUOTED = "PK-EPE-10";

  /** C005, served by liuyang: no standing requirements, not on credit hold. */
  private static final String HOLD_CUSTOMER = "C005";

  @Autowired OrderProperties orderProperties;

  @Test
  void aQuantityBelowTheMinimumIsAFindingTheMinimumItselfIsNot() {
    agreePrice("35");
    JsonNode order =
        reviewedForC001(
            STANDING, line(PRODUCT, "10", "35", due()), line(PRODUCT, "9", "35", due()));

    assertThat(latestFindings(order)).containsExactly("QUANTITY_BELOW_MINIMUM 2");
    assertThat(explanation(order)).contains("数量 9盘", "最小订购量 10盘");
  }

  @Test
  void aQuantityAboveTheImplausibleMultipleOfTheMinimumIsAFindingTheMultipleItselfIsNot() {
    agreePrice("35");
    BigDecimal factor = orderProperties.implausibleQuantityFactor();
    BigDecimal ceiling = MINIMUM.multiply(factor);
    BigDecimal implausible = ceiling.add(BigDecimal.ONE);
    JsonNode order =
        reviewedForC001(
            STANDING,
            line(PRODUCT, Numbers.plain(ceiling), "35", due()),
            line(PRODUCT, Numbers.plain(implausible), "35", due()));

    assertThat(latestFindings(order)).containsExactly("QUANTITY_IMPLAUSIBLE 2");
    assertThat(explanation(order))
        .contains(
            "数量 " + Numbers.plain(implausible) + "盘",
            "最小订购量 10盘",
            Numbers.plain(factor) + " 倍",
            Numbers.plain(ceiling) + "盘");
  }

  @Test
  void aDateBeforeTodayPlusTheLeadTimeIsAFindingThatDayItselfIsNot() {
    agreePrice("35");
    LocalDate earliest = LocalDate.now().plusDays(LEAD_TIME_DAYS);
    JsonNode order =
        reviewedForC001(
            STANDING,
            line(PRODUCT, "100", "35", earliest),
            line(PRODUCT, "100", "35", earliest.minusDays(1)));

    assertThat(latestFindings(order)).containsExactly("DATE_TOO_EARLY 2");
    assertThat(explanation(order))
        .contains("要求交期 " + earliest.minusDays(1), "最早可交期 " + earliest, "交货周期 10 天");
  }

  @Test
  void aProductWithoutAnAgreedPriceIsAFindingUntilAQuoteForItIsAccepted() {
    agreePrice("35");
    JsonNode unquoted =
        reviewedForC001(
            STANDING, line(PRODUCT, "100", "35", due()), line(UNQUOTED, "100", "12", due()));

    assertThat(latestFindings(unquoted))
        .as("line 1 is at its agreed price")
        .containsExactly("NO_PRICE_AGREEMENT 2");
    assertThat(explanation(unquoted)).contains(UNQUOTED + " 没有有效报价", "单价 12");

    agreePrice(customerId, UNQUOTED, "100", "12");
    JsonNode quoted =
        reviewedForC001(
            STANDING, line(PRODUCT, "100", "35", due()), line(UNQUOTED, "100", "12", due()));
    assertThat(latestFindings(quoted)).isEmpty();
  }

  @Test
  void aStandingRequirementLeftOutOfTheSpecialRequirementsIsAFindingWrittenAnywhereItIsNot() {
    agreePrice("35");
    String[] standing = STANDING.split("；");
    assertThat(standing).as("C001 has two standing requirements").hasSize(2);

    JsonNode oneLeftOut =
        reviewedForC001(standing[0] + "；按周分批送货", line(PRODUCT, "100", "35", due()));
    assertThat(latestFindings(oneLeftOut))
        .as("a finding on the whole order")
        .containsExactly("STANDING_REQUIREMENT_MISSING");
    assertThat(explanation(oneLeftOut))
        .contains("“" + standing[1] + "”")
        .doesNotContain(standing[0]);

    JsonNode none = reviewedForC001(null, line(PRODUCT, "100", "35", due()));
    assertThat(latestFindings(none))
        .containsExactly("STANDING_REQUIREMENT_MISSING", "STANDING_REQUIREMENT_MISSING");

    JsonNode both =
        reviewedForC001(
            "按周分批送货。" + standing[1] + "，" + standing[0], line(PRODUCT, "100", "35", due()));
    assertThat(latestFindings(both)).as("in another order and punctuation").isEmpty();
  }

  @Test
  void anOrderOfACustomerOnCreditHoldWaitsForFinanceAndIsCleanOnceTheHoldIsLifted() {
    long customer = customers.findByCode(HOLD_CUSTOMER).orElseThrow().id();
    agreePrice(customer, PRODUCT, "100", "35");
    setCreditHold(customer, true);
    try {
      JsonNode order =
          register(
              DemoUser.ASSISTANT_LIU,
              order(customer, OrderChannel.EMAIL, null, line(PRODUCT, "100", "35", due())));
      String instanceId = reviewed(order);

      assertThat(latestFindings(order)).containsExactly("CREDIT_HOLD");
      assertThat(explanation(order)).contains("杭州景程智能科技有限公司", "信用冻结");
      assertThat(orderView(order).get("status").asText()).isEqualTo("CREDIT_HOLD");
      onlyTask(instanceId, SalesOrderProcess.Elements.RESOLVE_CREDIT_HOLD);

      setCreditHold(customer, false);
      complete(
          instanceId,
          SalesOrderProcess.Elements.RESOLVE_CREDIT_HOLD,
          DemoUser.FINANCE,
          Map.of("creditHoldLifted", "yes", "creditNote", "客户已付清逾期货款"));
      engine.runDueJobs(instanceId);

      onlyTask(instanceId, SalesOrderProcess.Elements.CONFIRM_PRODUCTION_PLAN);
      assertThat(orderView(order).get("findings"))
          .as("no finding after the first review")
          .hasSize(1);
      assertThat(orderView(order).get("reviews").asInt()).isEqualTo(2);
      assertThat(latestFindings(order)).as("the second review found nothing").isEmpty();
    } finally {
      setCreditHold(customer, false);
    }
  }

  /** An email order of C001's, registered through the API by its assistant and reviewed. */
  private JsonNode reviewedForC001(String specialRequirements, OrderRequest.Line... lines) {
    JsonNode order =
        register(
            DemoUser.ASSISTANT_LIU,
            order(customerId, OrderChannel.EMAIL, specialRequirements, lines));
    reviewed(order);
    return order;
  }

  /** A date every demo product's lead time meets. */
  private static LocalDate due() {
    return LocalDate.now().plusDays(60);
  }

  /** The explanation of the order's one finding. */
  private String explanation(JsonNode order) {
    List<JsonNode> findings = latestFindingViews(order);
    assertThat(findings).hasSize(1);
    return findings.get(0).get("explanation").asText();
  }

  /** Finance puts the customer on credit hold, or lifts it, through the customer API. */
  private void setCreditHold(long customer, boolean hold) {
    ObjectNode body = (ObjectNode) engine.get("/api/customers/" + customer, DemoUser.FINANCE);
    body.remove("id");
    body.put("creditHold", hold);
    HttpResponse<String> saved =
        web.send("PUT", "/api/customers/" + customer, DemoUser.FINANCE, body.toString());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }
}
