package com.gendan.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.identity.DemoUser;
import com.gendan.statement.StatementExamples;
import com.gendan.statement.StatementService;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finance registers payments on an invoice through the API: a partial payment lowers the open
 * amount, the last one pays it; more than is open, nothing or less, a day still to come and a
 * reference already registered are refused naming the field, and nothing is saved; only finance
 * registers, and the invoice shows its payments and what is open.
 */
class PaymentApiTest extends ProcessFlowTest {

  @Autowired JdbcClient jdbcClient;
  @Autowired StatementService statementService;
  @Autowired TransactionTemplate transactions;

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  /** An invoice of last month, of a customer of liuyang's of its own. */
  private long invoice() {
    long customer =
        ReceivableFixtures.customer(web, engine, DemoUser.ASSISTANT_LIU, DemoUser.REP_WANG).id();
    return StatementExamples.invoiced(
            jdbcClient,
            statementService,
            transactions,
            customer,
            TODAY.withDayOfMonth(1).minusMonths(1))
        .invoiceId();
  }

  private HttpResponse<String> pay(
      long invoice, String user, String amount, LocalDate on, String ref) {
    return web.postJson(
        "/api/invoices/" + invoice + "/payments",
        user,
        """
        {"amount": %s, "paidOn": "%s", "reference": "%s"}"""
            .formatted(amount, on, ref));
  }

  private int paymentsOf(long invoice) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM payment p JOIN receivable r ON r.id = p.receivable_id"
            + " WHERE r.invoice_id = ?",
        Integer.class,
        invoice);
  }

  @Test
  void partialPaymentsLowerTheOpenAmountUntilTheInvoiceIsPaid() {
    long invoice = invoice();
    JsonNode before = engine.get("/api/invoices/" + invoice, DemoUser.FINANCE);
    BigDecimal amount = before.get("amount").decimalValue();
    assertThat(before.get("outstanding").decimalValue()).isEqualByComparingTo(amount);
    assertThat(before.get("paymentStatus").asText()).isEqualTo("OPEN");
    assertThat(before.get("payments")).isEmpty();

    String reference = "bk-" + System.nanoTime();
    HttpResponse<String> partial = pay(invoice, DemoUser.FINANCE, "1000.50", TODAY, reference);
    assertThat(partial.statusCode()).as(partial.body()).isEqualTo(201);
    BigDecimal open = amount.subtract(new BigDecimal("1000.50"));
    assertThat(engine.read(partial.body()).get("outstanding").decimalValue())
        .isEqualByComparingTo(open);

    JsonNode after = engine.get("/api/invoices/" + invoice, DemoUser.ASSISTANT_LIU);
    assertThat(after.get("outstanding").decimalValue()).isEqualByComparingTo(open);
    assertThat(after.get("paymentStatus").asText()).isEqualTo("OPEN");
    assertThat(after.get("payments")).hasSize(1);
    JsonNode payment = after.get("payments").get(0);
    assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo("1000.50");
    assertThat(payment.get("paidOn").asText()).isEqualTo(TODAY.toString());
    assertThat(payment.get("reference").asText()).isEqualTo(reference.toUpperCase());
    assertThat(payment.get("recordedBy").asText()).isEqualTo(DemoUser.FINANCE);
    // the next statement's previous balance: what is still open
    assertThat(
            jdbc.queryForObject(
                "SELECT outstanding FROM receivable WHERE invoice_id = ? AND status = 'OPEN'",
                BigDecimal.class,
                invoice))
        .isEqualByComparingTo(open);

    HttpResponse<String> rest =
        pay(invoice, DemoUser.FINANCE, open.toPlainString(), TODAY.minusDays(3), reference + "-2");
    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(201);
    JsonNode paid = engine.get("/api/invoices/" + invoice, DemoUser.FINANCE);
    assertThat(paid.get("outstanding").decimalValue()).isEqualByComparingTo("0");
    assertThat(paid.get("paymentStatus").asText()).isEqualTo("PAID");
    assertThat(paid.get("payments")).hasSize(2);

    HttpResponse<String> more = pay(invoice, DemoUser.FINANCE, "0.01", TODAY, reference + "-3");
    assertThat(more.statusCode()).isEqualTo(400);
    assertThat(more.body()).contains("amount", "该发票已全部收款");
    assertThat(paymentsOf(invoice)).isEqualTo(2);
  }

  @Test
  void aWrongPaymentIsRefusedNamingTheFieldAndNothingIsSaved() {
    long invoice = invoice();
    BigDecimal amount =
        engine.get("/api/invoices/" + invoice, DemoUser.FINANCE).get("amount").decimalValue();
    String taken = "tt-" + System.nanoTime();
    assertThat(pay(invoice, DemoUser.FINANCE, "10", TODAY, taken).statusCode()).isEqualTo(201);
    BigDecimal open = amount.subtract(BigDecimal.TEN);

    record Wrong(String amount, LocalDate on, String reference, String field, String message) {}
    for (Wrong wrong :
        new Wrong[] {
          new Wrong(
              open.add(new BigDecimal("0.01")).toPlainString(),
              TODAY,
              "w1",
              "amount",
              "收款金额超过未收金额"),
          new Wrong("0", TODAY, "w2", "amount", "必须大于0"),
          new Wrong("-5", TODAY, "w3", "amount", "必须大于0"),
          new Wrong("1.001", TODAY, "w4", "amount", "金额最多2位小数"),
          new Wrong("5", TODAY.plusDays(2), "w5", "paidOn", "收款日期不能晚于今天"),
          new Wrong("5", TODAY, " " + taken.toLowerCase() + " ", "reference", "收款凭证号已登记过"),
          new Wrong("5", TODAY, "", "reference", "请填写收款凭证号"),
          new Wrong("5", TODAY, "a'b", "reference", "只能包含字母、数字"),
        }) {
      HttpResponse<String> refused =
          pay(
              invoice,
              DemoUser.FINANCE,
              wrong.amount(),
              wrong.on(),
              wrong.reference()
                  + (wrong.reference().startsWith("w") ? "-" + System.nanoTime() : ""));
      assertThat(refused.statusCode()).as(wrong + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.body()).as(wrong.toString()).contains(wrong.field(), wrong.message());
    }
    assertThat(paymentsOf(invoice)).isEqualTo(1);
    assertThat(
            engine
                .get("/api/invoices/" + invoice, DemoUser.FINANCE)
                .get("outstanding")
                .decimalValue())
        .isEqualByComparingTo(open);
  }

  @Test
  void onlyFinanceRegistersPaymentsAndOnlyOnAnInvoiceThatExists() {
    long invoice = invoice();
    for (String user :
        new String[] {
          DemoUser.ASSISTANT_LIU, DemoUser.REP_WANG, DemoUser.SALES_MANAGER, DemoUser.AUDITOR
        }) {
      HttpResponse<String> refused = pay(invoice, user, "1", TODAY, "x-" + System.nanoTime());
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
    }
    assertThat(
            pay(Long.MAX_VALUE, DemoUser.FINANCE, "1", TODAY, "y-" + System.nanoTime())
                .statusCode())
        .isEqualTo(404);
    assertThat(paymentsOf(invoice)).isZero();
  }
}
