package com.gendan.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.identity.DemoUser;
import com.gendan.statement.StatementExamples;
import com.gendan.statement.StatementService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The aging report through the API on a fixed day (5 December in Shanghai, still the 4th in UTC): a
 * customer's receivables due at every bucket boundary land in their buckets, a paid one in none;
 * the workbook holds the same figures as the JSON; finance, top management, sales managers and
 * auditors read every customer, an assistant or a sales rep her own, anyone else nothing.
 */
class ReceivableAgingApiTest extends ProcessFlowTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-05");

  @Autowired JdbcClient jdbcClient;
  @Autowired StatementService statementService;
  @Autowired TransactionTemplate transactions;

  private String customerCode;

  @BeforeEach
  void fixedDayAndACustomerOfChenAndZhao() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-04T17:30:00Z")));
    ReceivableFixtures.NewCustomer created =
        ReceivableFixtures.customer(web, engine, DemoUser.ASSISTANT_CHEN, DemoUser.REP_ZHAO);
    customerCode = created.code();
    long customer = created.id();
    // days overdue → what is open: one receivable at each boundary, and one paid in full
    int[] daysOverdue = {-1, 0, 1, 30, 31, 60, 61, 90, 91, 200};
    String[] open = {"1", "2", "4", "8", "16", "32", "64", "128", "256", "0"};
    for (int i = 0; i < daysOverdue.length; i++) {
      long invoice =
          StatementExamples.invoiced(
                  jdbcClient,
                  statementService,
                  transactions,
                  customer,
                  TODAY.withDayOfMonth(1).minusMonths(1 + i))
              .invoiceId();
      jdbc.update(
          "UPDATE receivable SET due_on = ?, outstanding = ?, status = ? WHERE invoice_id = ?",
          TODAY.minusDays(daysOverdue[i]),
          new BigDecimal(open[i]),
          "0".equals(open[i]) ? "PAID" : "OPEN",
          invoice);
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private JsonNode rowOf(JsonNode report) {
    for (JsonNode row : report.get("rows")) {
      if (row.get("customerCode").asText().equals(customerCode)) {
        return row;
      }
    }
    return null;
  }

  @Test
  void eachReceivableIsInTheBucketOfItsDaysOverdueAndTheWorkbookSaysTheSame() throws IOException {
    JsonNode report = engine.get("/api/reports/receivables-aging", DemoUser.FINANCE);
    assertThat(report.get("asOf").asText()).isEqualTo(TODAY.toString());
    JsonNode row = rowOf(report);
    assertThat(row).as("the customer's row").isNotNull();
    assertThat(row.get("customerName").asText()).isEqualTo("账龄测试客户");
    assertThat(row.get("currency").asText()).isEqualTo("CNY");
    assertThat(row.get("current").decimalValue()).isEqualByComparingTo("3");
    assertThat(row.get("overdue1To30").decimalValue()).isEqualByComparingTo("12");
    assertThat(row.get("overdue31To60").decimalValue()).isEqualByComparingTo("48");
    assertThat(row.get("overdue61To90").decimalValue()).isEqualByComparingTo("192");
    assertThat(row.get("overdueOver90").decimalValue()).isEqualByComparingTo("256");
    assertThat(row.get("total").decimalValue()).isEqualByComparingTo("511");

    HttpResponse<byte[]> workbook =
        web.getBytes("/api/reports/receivables-aging.xlsx", DemoUser.FINANCE);
    assertThat(workbook.statusCode()).isEqualTo(200);
    assertThat(workbook.headers().firstValue("Content-Disposition").orElseThrow())
        .contains(".xlsx");
    List<JsonNode> expected = new ArrayList<>();
    report.get("rows").forEach(expected::add);
    report.get("totals").forEach(expected::add);
    String[] fields = {
      "customerCode",
      "customerName",
      "currency",
      "current",
      "overdue1To30",
      "overdue31To60",
      "overdue61To90",
      "overdueOver90",
      "total"
    };
    try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook.body()))) {
      List<Row> rows = read.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("客户编码");
      assertThat(rows.get(0).getCellText(8)).isEqualTo("合计");
      assertThat(rows).hasSize(expected.size() + 1);
      for (int r = 0; r < expected.size(); r++) {
        for (int c = 0; c < 3; c++) {
          assertThat(rows.get(r + 1).getCellText(c))
              .as("row %d %s", r, fields[c])
              .isEqualTo(expected.get(r).get(fields[c]).asText());
        }
        for (int c = 3; c < fields.length; c++) {
          assertThat(rows.get(r + 1).getCellAsNumber(c).orElseThrow())
              .as("row %d %s", r, fields[c])
              .isEqualByComparingTo(expected.get(r).get(fields[c]).decimalValue());
        }
      }
    }
  }

  @Test
  void everyCustomerForFinanceAndManagementHerOwnForAnAssistantOrRepNothingForOthers() {
    for (String user :
        new String[] {
          DemoUser.FINANCE,
          DemoUser.GENERAL_MANAGER,
          DemoUser.SALES_MANAGER,
          DemoUser.AUDITOR,
          DemoUser.ASSISTANT_CHEN,
          DemoUser.REP_ZHAO
        }) {
      assertThat(rowOf(engine.get("/api/reports/receivables-aging", user))).as(user).isNotNull();
    }
    for (String user : new String[] {DemoUser.ASSISTANT_LIU, DemoUser.REP_WANG}) {
      JsonNode report = engine.get("/api/reports/receivables-aging", user);
      assertThat(rowOf(report)).as(user).isNull();
      assertThat(report.get("rows").findValuesAsText("customerCode"))
          .as(user)
          .allMatch(
              code ->
                  customers
                          .findByCode(code)
                          .orElseThrow()
                          .assistantUserId()
                          .equals(DemoUser.ASSISTANT_LIU)
                      || customers
                          .findByCode(code)
                          .orElseThrow()
                          .salesRepUserId()
                          .equals(DemoUser.REP_WANG));
    }
    for (String user :
        new String[] {
          DemoUser.PRODUCTION, DemoUser.WAREHOUSE, DemoUser.QUALITY, DemoUser.PURCHASING
        }) {
      assertThat(web.get("/api/reports/receivables-aging", user).statusCode())
          .as(user)
          .isEqualTo(403);
      assertThat(web.getBytes("/api/reports/receivables-aging.xlsx", user).statusCode())
          .as(user)
          .isEqualTo(403);
    }
  }
}
