package com.gendan.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.identity.DemoUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An accepted or confirmed finding settles the same finding in a later review only while the line
 * still holds what was judged: a line the customer revised is reviewed afresh, even though the
 * revision keeps its number.
 */
class FindingSettlementTest extends OrderFlowTest {

  @Autowired OrderService orderService;

  @Test
  void aConfirmedPriceDeviationDoesNotCoverAnotherPriceOnTheSameLine() {
    agreePrice("35");
    LocalDate due = LocalDate.now().plusDays(20);
    long orderId =
        orderService.register(
            new OrderRequest(
                customerId,
                OrderChannel.FAX,
                "PO-" + System.nanoTime(),
                null,
                null,
                STANDING,
                List.of(
                    new OrderRequest.Line(
                        PRODUCT, null, new BigDecimal("100"), new BigDecimal("33"), due))),
            DemoUser.ASSISTANT_LIU);
    assertThat(orderService.review(orderId, "system"))
        .extracting(Finding::code)
        .containsExactly(FindingCode.PRICE_MISMATCH);
    assertThat(orderService.accept(orderId, "客户老价格，业务员已同意", DemoUser.ASSISTANT_LIU))
        .as("a price deviation waits for a manager")
        .isTrue();
    orderService.decidePriceDeviation(orderId, true, "同意按 33 执行", DemoUser.SALES_MANAGER);
    assertThat(orderService.review(orderId, "system")).as("the manager confirmed 33").isEmpty();

    orderService.revise(
        orderId,
        OrderLinesText.parse(PRODUCT + " 100 33 " + due, "lines").items(),
        null,
        DemoUser.ASSISTANT_LIU);
    assertThat(orderService.review(orderId, "system"))
        .as("a revision that keeps the line as it was keeps its settlement")
        .isEmpty();

    orderService.revise(
        orderId,
        OrderLinesText.parse(PRODUCT + " 100 5.0 " + due, "lines").items(),
        null,
        DemoUser.ASSISTANT_LIU);
    List<Finding> open = orderService.review(orderId, "system");

    assertThat(open)
        .as("5 is not the price the manager confirmed")
        .extracting(Finding::code, Finding::lineNo)
        .containsExactly(tuple(FindingCode.PRICE_MISMATCH, 1));
    assertThat(open.get(0).explanation()).contains("订单单价 CNY 5，有效报价 CNY 35");
  }

  @Test
  void anAcceptedDateFindingDoesNotCoverTheDateTheLineWasRevisedTo() {
    agreePrice("35");
    // EC-C0805-106 has a lead time of 10 days: both dates are too early.
    JsonNode order =
        register(
            DemoUser.ASSISTANT_LIU,
            "fax",
            customerId,
            PRODUCT,
            "100",
            "33",
            LocalDate.now().plusDays(6),
            STANDING);
    String instanceId = reviewed(order);
    assertThat(latestFindings(order))
        .containsExactlyInAnyOrder("PRICE_MISMATCH 1", "DATE_TOO_EARLY 1");
    complete(
        instanceId,
        SalesOrderProcess.Elements.CORRECT_ORDER,
        DemoUser.ASSISTANT_LIU,
        Map.of("correctionAction", "accept", "acceptanceReason", "客户要求尽量提前，价格按旧价"));
    complete(
        instanceId,
        SalesOrderProcess.Elements.CONFIRM_PRICE_DEVIATION,
        DemoUser.SALES_MANAGER,
        Map.of("deviationDecision", "reject", "deviationComment", "请按有效报价 35 执行"));
    assertThat(latestFindings(order))
        .as("the accepted date still holds, the price does not")
        .containsExactly("PRICE_MISMATCH 1");

    LocalDate revised = LocalDate.now().plusDays(3);
    complete(
        instanceId,
        SalesOrderProcess.Elements.CORRECT_ORDER,
        DemoUser.ASSISTANT_LIU,
        Map.of("correctionAction", "revise", "revisedLinesText", PRODUCT + " 100 35 " + revised));

    assertThat(task(instanceId, SalesOrderProcess.Elements.CORRECT_ORDER))
        .as("the date the assistant accepted was another one: the order is corrected again")
        .isNotNull();
    assertThat(latestFindings(order)).containsExactly("DATE_TOO_EARLY 1");
  }
}
