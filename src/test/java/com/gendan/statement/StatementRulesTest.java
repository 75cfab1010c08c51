package com.gendan.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gendan.DatabaseFingerprint;
import com.gendan.GendanSpringBootTest;
import com.gendan.problem.InvalidRequestException;
import com.gendan.statement.StatementFixtures.Order;
import com.gendan.statement.StatementLine.Settlement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statement's rules on the real tables: the dispute loop (lines named, settled, corrections
 * above the limit need approval, the reissue states the corrected amounts), no invoice before the
 * customer's confirmation, an invoice for exactly the confirmed amount, and a duplicate invoice
 * number refused, each refusal changing nothing.
 */
@GendanSpringBootTest
class StatementRulesTest {

  @Autowired StatementService service;
  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate jdbcTemplate;
  @Autowired TransactionTemplate transactions;

  @BeforeEach
  void december26() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-26T02:00:00Z")));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A statement of 1000 × 0.5 and 10 × 2 cut on 2026-12-25. */
  private long statement() {
    StatementFixtures fixtures = new StatementFixtures(jdbc);
    long customer = fixtures.customer("CNY", 25, false);
    Order order = fixtures.order(customer, "CNY", "0.5", "2");
    fixtures.shipment(order, 1, "2026-12-10", "SHIPPED", "1000", "10");
    return transactions
        .execute(status -> service.build(customer, LocalDate.parse("2026-12-25"), null, "system"))
        .get();
  }

  private StatementView view(long id) {
    return transactions.execute(status -> service.view(service.load(id)));
  }

  private void inTransaction(Runnable step) {
    transactions.executeWithoutResult(status -> step.run());
  }

  /** Settles the dispute with one correction: whether it needs the sales manager. */
  private boolean corrected(long id, StatementService.LineSettlement correction) {
    return transactions.execute(status -> service.settle(id, List.of(correction), "liuyang"));
  }

  private static final LocalDate ANSWERED = LocalDate.parse("2026-12-26");

  @Test
  void aDisputeIsSettledLineByLineAndReissuedAsANewRevision() {
    long id = statement();

    assertThatThrownBy(
            () ->
                inTransaction(
                    () ->
                        service.dispute(
                            id,
                            ANSWERED,
                            List.of(
                                new StatementService.DisputedLine(3, "没有这行"),
                                new StatementService.DisputedLine(1, " ")),
                            null,
                            "liuyang")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("对帐单没有第3行")
        .hasMessageContaining("请写明异议原因");
    inTransaction(
        () ->
            service.dispute(
                id,
                ANSWERED,
                List.of(new StatementService.DisputedLine(1, "只收到 900")),
                "客户电话",
                "liuyang"));
    assertThat(view(id).status()).isEqualTo(StatementStatus.DISPUTED);

    assertThatThrownBy(
            () ->
                inTransaction(
                    () ->
                        service.settle(
                            id,
                            List.of(
                                new StatementService.LineSettlement(
                                    2, Settlement.EXPLAINED, null, null, "无异议的行")),
                            "liuyang")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("第2行不是客户有异议的行")
        .hasMessageContaining("第1行的异议尚未处理");
    boolean approval =
        corrected(
            id,
            new StatementService.LineSettlement(
                1, Settlement.CORRECTED, new BigDecimal("900"), null, "按签收单"));
    assertThat(approval).as("50 CNY is within the limit").isFalse();
    inTransaction(() -> service.reissue(id, "liuyang"));

    StatementView reissued = view(id);
    assertThat(reissued.status()).isEqualTo(StatementStatus.ISSUED);
    assertThat(reissued.revisions()).hasSize(2);
    assertThat(reissued.current().lines().get(0).quantity()).isEqualByComparingTo("900");
    assertThat(reissued.current().lines().get(0).amount()).isEqualByComparingTo("450.00");
    assertThat(reissued.current().periodAmount()).isEqualByComparingTo("470.00");
    assertThat(reissued.revisions().get(0).periodAmount())
        .as("the first revision is kept as it was")
        .isEqualByComparingTo("520.00");
    assertThat(reissued.revisions().get(0).lines().get(0).settlementNote()).isEqualTo("按签收单");
  }

  @Test
  void correctionsAboveTheLimitNeedTheSalesManager() {
    long id = statement();
    inTransaction(
        () ->
            service.dispute(
                id,
                ANSWERED,
                List.of(new StatementService.DisputedLine(2, "单价不对")),
                null,
                "liuyang"));

    boolean approval =
        corrected(
            id,
            new StatementService.LineSettlement(
                2, Settlement.CORRECTED, null, new BigDecimal("600"), "按新报价"));

    assertThat(approval).as("10 × (600 − 2) = 5,980 CNY is above 5,000").isTrue();
    assertThatThrownBy(() -> inTransaction(() -> service.decideCorrections(id, false, "", "sunli")))
        .hasMessageContaining("退回须写明理由");
  }

  @Test
  void noInvoiceBeforeTheCustomerConfirmedAndOnlyForTheConfirmedAmount() {
    long id = statement();
    InvoiceRequest invoice =
        new InvoiceRequest(
            "FP" + System.nanoTime(), LocalDate.parse("2026-12-26"), new BigDecimal("520"));

    var before = DatabaseFingerprint.of(jdbcTemplate);
    assertThatThrownBy(() -> inTransaction(() -> service.issueInvoice(id, invoice, "wufang")))
        .hasMessageContaining("对帐单尚未经客户确认，不能开票");
    assertThat(DatabaseFingerprint.of(jdbcTemplate)).isEqualTo(before);

    inTransaction(() -> service.confirm(id, ANSWERED, "liuyang"));
    assertThatThrownBy(
            () ->
                inTransaction(
                    () ->
                        service.issueInvoice(
                            id,
                            new InvoiceRequest(
                                invoice.invoiceNumber(),
                                invoice.invoiceDate(),
                                new BigDecimal("519.99")),
                            "wufang")))
        .hasMessageContaining("发票金额必须等于已确认的对帐单金额 CNY 520.00");
    inTransaction(() -> service.issueInvoice(id, invoice, "wufang"));

    StatementView invoiced = view(id);
    assertThat(invoiced.status()).isEqualTo(StatementStatus.INVOICED);
    assertThat(invoiced.invoice().amount()).isEqualByComparingTo("520.00");
    assertThat(invoiced.invoice().dueOn()).isEqualTo(LocalDate.parse("2027-01-25"));
  }

  @Test
  void aDuplicateInvoiceNumberIsRefusedAndChangesNothing() {
    long first = statement();
    long second = statement();
    inTransaction(() -> service.confirm(first, ANSWERED, "liuyang"));
    inTransaction(() -> service.confirm(second, ANSWERED, "liuyang"));
    String number = "DUP" + System.nanoTime();
    inTransaction(
        () ->
            service.issueInvoice(
                first, new InvoiceRequest(number, ANSWERED, new BigDecimal("520.00")), "wufang"));

    var before = DatabaseFingerprint.of(jdbcTemplate);
    assertThatThrownBy(
            () ->
                inTransaction(
                    () ->
                        service.issueInvoice(
                            second,
                            new InvoiceRequest(
                                " " + number.toLowerCase() + " ", ANSWERED, new BigDecimal("520")),
                            "wufang")))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).problems())
                    .extracting(p -> p.field() + ": " + p.message())
                    .containsExactly("invoiceNumber: 发票号码已被使用：" + number.toLowerCase()));
    assertThat(DatabaseFingerprint.of(jdbcTemplate)).isEqualTo(before);
    assertThat(view(second).status()).isEqualTo(StatementStatus.CONFIRMED);
  }

  @Test
  void aConsignmentCustomerReportsConsumptionWithinWhatWasTransferred() {
    StatementFixtures fixtures = new StatementFixtures(jdbc);
    long consignment = fixtures.customer("CNY", 25, true);
    long other = fixtures.customer("CNY", 25, false);
    String number = StatementExamples.consumableOrder(jdbc, consignment);
    String othersOrder = StatementExamples.consumableOrder(jdbc, other);
    LocalDate yesterday = LocalDate.parse("2026-12-25");

    report(
        new ConsumptionRequest(
            consignment, number.toLowerCase(), 1, new BigDecimal("600"), yesterday));
    var before = DatabaseFingerprint.of(jdbcTemplate);
    LocalDate tomorrow = LocalDate.parse("2026-12-27");
    assertThatThrownBy(
            () ->
                report(
                    new ConsumptionRequest(
                        consignment, number, 1, new BigDecimal("400.001"), tomorrow)))
        .hasMessageContaining("超过寄售仓中该行的剩余数量 400")
        .hasMessageContaining("消耗日期不能晚于今天");
    assertThatThrownBy(
            () -> report(new ConsumptionRequest(other, othersOrder, 2, BigDecimal.ONE, yesterday)))
        .hasMessageContaining("该客户不是寄售客户");
    assertThatThrownBy(
            () ->
                report(
                    new ConsumptionRequest(consignment, othersOrder, 1, BigDecimal.ONE, yesterday)))
        .hasMessageContaining("订单不存在或不是该客户的");
    assertThat(DatabaseFingerprint.of(jdbcTemplate)).isEqualTo(before);

    long id =
        transactions
            .execute(status -> service.build(consignment, LocalDate.parse("2026-12-25"), null, "x"))
            .orElseThrow();
    assertThat(view(id).current().lines())
        .extracting(StatementLine.View::kind, StatementLine.View::amount)
        .map(tuple -> tuple.toList().toString())
        .containsExactly("[CONSUMPTION, 60000.00]");
  }

  private void report(ConsumptionRequest request) {
    inTransaction(() -> service.reportConsumption(request, "liuyang"));
  }
}
