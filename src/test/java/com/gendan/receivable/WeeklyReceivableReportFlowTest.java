package com.gendan.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import com.gendan.statement.StatementExamples;
import com.gendan.statement.StatementService;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly report as the application runs it: on Monday 09:00 in Shanghai the engine's timer job
 * starts it, the mail job sends finance and the general manager the aging summary with the workbook
 * attached (GreenMail), whose customer row is the aging API's.
 */
class WeeklyReceivableReportFlowTest extends ProcessFlowTest {

  /** Monday 7 December 2026, 09:00 in Shanghai. */
  private static final Instant MONDAY = Instant.parse("2026-12-07T01:00:00Z");

  @Autowired JdbcClient jdbcClient;
  @Autowired StatementService statementService;
  @Autowired TransactionTemplate transactions;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void onMondayFinanceAndTheGeneralManagerGetTheAgingWithTheWorkbook() throws Exception {
    ClockUtil.setCurrentTime(Date.from(MONDAY));
    ReceivableFixtures.NewCustomer customer =
        ReceivableFixtures.customer(web, engine, DemoUser.ASSISTANT_LIU, DemoUser.REP_WANG);
    long invoice =
        StatementExamples.invoiced(
                jdbcClient,
                statementService,
                transactions,
                customer.id(),
                LocalDate.parse("2026-11-01"))
            .invoiceId();
    jdbc.update(
        "UPDATE receivable SET due_on = ?, outstanding = ? WHERE invoice_id = ?",
        LocalDate.parse("2026-10-01"),
        new BigDecimal("777.70"),
        invoice);

    fireTimerStartAndRunToEnd(WeeklyReceivableReportProcess.KEY);

    String subject = "应收账款周报（截至 2026-12-07）";
    MimeMessage toFinance =
        ReceivedMails.awaitAbout(greenMail, DemoUser.FINANCE + "@gendan.local", subject).get(0);
    assertThat(
            ReceivedMails.awaitAbout(
                greenMail, DemoUser.GENERAL_MANAGER + "@gendan.local", subject))
        .isNotEmpty();
    List<ReceivedMails.Leaf> leaves = ReceivedMails.leaves(toFinance);
    String html =
        leaves.stream()
            .filter(leaf -> leaf.is("text/html"))
            .map(leaf -> new String(leaf.content(), StandardCharsets.UTF_8))
            .findFirst()
            .orElseThrow();
    assertThat(html).contains(customer.code(), "逾期61-90天 777.70");

    JsonNode aging = engine.get("/api/reports/receivables-aging", DemoUser.FINANCE);
    JsonNode row = null;
    for (JsonNode candidate : aging.get("rows")) {
      if (candidate.get("customerCode").asText().equals(customer.code())) {
        row = candidate;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.get("overdue61To90").decimalValue()).isEqualByComparingTo("777.70");

    ReceivedMails.Leaf workbook =
        leaves.stream()
            .filter(leaf -> leaf.is("application/vnd.openxmlformats"))
            .findFirst()
            .orElseThrow();
    assertThat(MimeUtility.decodeText(workbook.fileName())).isEqualTo("应收账款账龄-2026-12-07.xlsx");
    try (ReadableWorkbook read =
        new ReadableWorkbook(new ByteArrayInputStream(workbook.content()))) {
      List<Row> rows = read.getFirstSheet().read();
      Row customerRow =
          rows.stream()
              .filter(r -> customer.code().equals(r.getCellText(0)))
              .findFirst()
              .orElseThrow();
      assertThat(customerRow.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("777.70");
      assertThat(customerRow.getCellAsNumber(8).orElseThrow())
          .isEqualByComparingTo(row.get("total").decimalValue());
    }
  }
}
