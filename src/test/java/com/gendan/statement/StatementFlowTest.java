package com.gendan.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.customer.TestCustomers;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import com.gendan.statement.MonthlyStatementProcess.Elements;
import com.gendan.statement.StatementFixtures.Order;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A month walked as the demo users walk it (SPEC D10), through Gendan's API and the engine REST API
 * that Tasklist uses, with GreenMail as the mail server and the engine's clock set: a customer of
 * liuyang's with its statement day on the 20th has two orders shipped, goods returned and an
 * allowance; the statement calendar's timer job starts its run on the 20th, the statement goes out
 * as PDF and Excel, the customer disputes a price, liuyang corrects it, the second revision goes
 * out, the customer confirms, and finance invoices it (a wrong amount refused first).
 */
class StatementFlowTest extends ProcessFlowTest {

  /** 09:00 on the statement day in Shanghai. */
  static final Instant STATEMENT_DAY = Instant.parse("2027-01-20T01:00:00Z");

  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbcClient;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A customer of liuyang's and wangqiang's, statement day 20, paying in 30 days. */
  private JsonNode customer() throws Exception {
    Map<String, Object> request = TestCustomers.valid();
    request.put("statementDay", 20);
    @SuppressWarnings("unchecked")
    Map<String, Object> contact =
        new LinkedHashMap<>(((List<Map<String, Object>>) request.get("contacts")).get(0));
    contact.put("email", "duizhang-" + request.get("code") + "@hongyuan-example.cn");
    request.put("contacts", new ArrayList<>(List.of(contact)));
    HttpResponse<String> created =
        web.postJson("/api/customers", DemoUser.SALES_MANAGER, json.writeValueAsString(request));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return engine.read(created.body());
  }

  /** The statement calendar's daily timer job, run as the job executor would at its time. */
  private void calendarDay(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
    Job day =
        managementService
            .createJobQuery()
            .processDefinitionKey(StatementCalendarProcess.KEY)
            .timers()
            .singleResult();
    assertThat(day).as("the calendar's timer").isNotNull();
    managementService.executeJob(day.getId());
  }

  private List<ProcessInstance> runsOf(String businessKey) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(MonthlyStatementProcess.KEY)
        .processInstanceBusinessKey(businessKey)
        .list();
  }

  @Test
  void aMonthIsStatedDisputedReissuedConfirmedAndInvoiced() throws Exception {
    JsonNode customer = customer();
    String code = customer.get("code").asText();
    String contact = customer.at("/contacts/0/email").asText();
    StatementFixtures fixtures = new StatementFixtures(jdbcClient);
    long id = customer.get("id").asLong();
    Order first = fixtures.order(id, "CNY", "0.5", "2");
    Order second = fixtures.order(id, "CNY", "1.25");
    fixtures.shipment(first, 1, "2027-01-05", "SHIPPED", "1000", "100");
    fixtures.shipment(second, 1, "2027-01-12", "SHIPPED", "400");
    fixtures.complaintWithReturn(first, "2027-01-15", 1, "20");
    fixtures.allowance(second, "2027-01-16T02:00:00Z", "30");

    // the day before, nothing; on the statement day, one run; the day again, no second run
    calendarDay(STATEMENT_DAY.minusSeconds(86_400));
    assertThat(runsOf(code + ":2027-01")).isEmpty();
    calendarDay(STATEMENT_DAY);
    List<ProcessInstance> runs = runsOf(code + ":2027-01");
    assertThat(runs).hasSize(1);
    calendarDay(STATEMENT_DAY.plusSeconds(3600));
    assertThat(runsOf(code + ":2027-01")).as("once a month").hasSize(1);
    String instanceId = runs.get(0).getId();

    engine.runDueJobs(instanceId);
    Task answer = onlyTask(instanceId, Elements.REGISTER_ANSWER);
    assertThat(answer.getAssignee()).isEqualTo(DemoUser.ASSISTANT_LIU);
    JsonNode list =
        engine.get("/api/statements?customer=" + code + "&period=2027-01", DemoUser.ASSISTANT_LIU);
    assertThat(list.get("total").asInt()).isEqualTo(1);
    String number = list.at("/items/0/statementNumber").asText();
    assertThat(number).matches("DZ-2027-\\d{5}");
    assertThat(web.get("/api/statements/" + number, DemoUser.ASSISTANT_CHEN).statusCode())
        .as("another team's assistant does not learn it exists")
        .isEqualTo(404);
    assertThat(
            web.get("/api/statements?customer=" + code + "&period=2027-13", DemoUser.ASSISTANT_LIU)
                .body())
        .contains("对帐月份应为“年-月”");

    JsonNode statement = engine.get("/api/statements/" + number, DemoUser.ASSISTANT_LIU);
    assertThat(statement.get("currency").asText()).isEqualTo("CNY");
    assertThat(statement.get("periodTo").asText()).isEqualTo("2027-01-20");
    JsonNode current = statement.get("current");
    assertThat(amounts(current)).containsExactly("500.00", "200.00", "500.00", "-10.00", "-30.00");
    assertThat(current.get("periodAmount").decimalValue()).isEqualByComparingTo("1160.00");
    assertThat(statement.get("periodTax").decimalValue()).isEqualByComparingTo("133.45");

    // the customer's mail: PDF and Excel, and the workbook holds the API's numbers
    MimeMessage mail = ReceivedMails.awaitAbout(greenMail, contact, number).get(0);
    List<ReceivedMails.Leaf> leaves = ReceivedMails.leaves(mail);
    assertThat(leaves).anySatisfy(leaf -> assertThat(leaf.is("application/pdf")).isTrue());
    byte[] xlsx =
        leaves.stream()
            .filter(leaf -> leaf.is(StatementDocuments.XLSX))
            .findFirst()
            .orElseThrow()
            .content();
    assertWorkbookShows(xlsx, statement);
    HttpResponse<byte[]> excel =
        web.getBytes("/api/statements/" + number + "/excel", DemoUser.ASSISTANT_LIU);
    assertThat(excel.statusCode()).isEqualTo(200);
    assertWorkbookShows(excel.body(), statement);
    assertThat(web.getBytes("/documents/statements/" + number + ".pdf", DemoUser.REP_WANG))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(200);
    HttpResponse<String> page = web.get("/documents/statements/" + number, DemoUser.REP_WANG);
    assertThat(page.body()).contains("对帐单", number, first.number(), "本期金额", "1,160.00", "13%");
    assertThat(web.get("/documents/statements/" + number, DemoUser.ASSISTANT_CHEN).statusCode())
        .as("another team's assistant: the same 404 as a statement that does not exist")
        .isEqualTo(404);
    assertThat(web.get("/documents/statements/DZ-2027-99999", DemoUser.REP_WANG).statusCode())
        .isEqualTo(404);

    // the customer disputes line 2's price; liuyang corrects it, within the limit
    HttpResponse<String> badDispute =
        engine.complete(
            answer.getId(),
            DemoUser.ASSISTANT_LIU,
            Map.of(
                "statementAnswer", "dispute", "answeredOn", "2027-01-20", "disputedLines", "9 没有"));
    assertThat(badDispute.body()).contains("有异议的行第1行：对帐单没有第9行");
    assertThat(
            engine
                .complete(
                    answer.getId(),
                    DemoUser.ASSISTANT_LIU,
                    Map.of(
                        "statementAnswer",
                        "dispute",
                        "answeredOn",
                        "2027-01-20",
                        "disputedLines",
                        "2 单价应为 1.8"))
                .statusCode())
        .isEqualTo(204);
    Task settle = onlyTask(instanceId, Elements.SETTLE_DISPUTE);
    assertThat(
            engine
                .complete(
                    settle.getId(),
                    DemoUser.ASSISTANT_LIU,
                    Map.of("settlements", "2 改价 1.8 按报价单 BJ-2026-00003"))
                .statusCode())
        .isEqualTo(204);
    engine.runDueJobs(instanceId);
    JsonNode reissued = engine.get("/api/statements/" + number, DemoUser.ASSISTANT_LIU);
    assertThat(reissued.at("/current/revisionNo").asInt()).isEqualTo(2);
    assertThat(amounts(reissued.get("current")))
        .containsExactly("500.00", "180.00", "500.00", "-10.00", "-30.00");
    assertThat(reissued.at("/revisions/0/lines/1/settlementLabel").asText()).isEqualTo("已更正");
    assertThat(ReceivedMails.awaitAbout(greenMail, contact, "更正后第2版")).isNotEmpty();

    // the customer confirms; finance is told and invoices exactly the confirmed amount
    answer = onlyTask(instanceId, Elements.REGISTER_ANSWER);
    assertThat(
            engine
                .complete(
                    answer.getId(),
                    DemoUser.ASSISTANT_LIU,
                    Map.of("statementAnswer", "confirm", "answeredOn", "2027-01-20"))
                .statusCode())
        .isEqualTo(204);
    assertThat(ReceivedMails.awaitAbout(greenMail, "wufang@gendan.local", number)).isNotEmpty();
    Task invoice = onlyTask(instanceId, Elements.ISSUE_INVOICE);
    String invoiceNumber = "0440" + System.nanoTime() % 1_000_000;
    assertThat(invoice(invoice, invoiceNumber, 1160).body())
        .contains("发票金额：发票金额必须等于已确认的对帐单金额 CNY 1,140.00");
    assertThat(invoice(invoice, invoiceNumber, 1140).statusCode()).isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count())
        .isZero();

    JsonNode invoiced = engine.get("/api/statements/" + number, DemoUser.FINANCE);
    assertThat(invoiced.get("statusLabel").asText()).isEqualTo("已开票");
    assertThat(invoiced.at("/invoice/invoiceNumber").asText()).isEqualTo(invoiceNumber);
    assertThat(invoiced.at("/invoice/dueOn").asText()).as("30 days' terms").isEqualTo("2027-02-19");
    JsonNode invoices = engine.get("/api/invoices?customer=" + code, DemoUser.ASSISTANT_LIU);
    assertThat(invoices.get("total").asInt()).isEqualTo(1);
    long invoiceId = invoices.at("/items/0/id").asLong();
    assertThat(
            engine.get("/api/invoices/" + invoiceId, DemoUser.FINANCE).get("amount").decimalValue())
        .isEqualByComparingTo("1140.00");
    assertThat(web.get("/api/invoices/" + invoiceId, DemoUser.ASSISTANT_CHEN).statusCode())
        .isEqualTo(404);
    assertThat(
            jdbcClient
                .sql(
                    "SELECT outstanding FROM receivable WHERE invoice_id = :id AND status = 'OPEN'")
                .param("id", invoiceId)
                .query(BigDecimal.class)
                .single())
        .as("the receivable the invoice opens")
        .isEqualByComparingTo("1140.00");
  }

  /** Finance completes 开具发票 with the number, the statement day and the amount. */
  private HttpResponse<String> invoice(Task invoice, String number, int amount) {
    return engine.complete(
        invoice.getId(),
        DemoUser.FINANCE,
        Map.of("invoiceNumber", number, "invoiceDate", "2027-01-20", "invoiceAmount", amount));
  }

  private static List<String> amounts(JsonNode revision) {
    List<String> amounts = new ArrayList<>();
    revision
        .get("lines")
        .forEach(line -> amounts.add(line.get("amount").decimalValue().setScale(2).toString()));
    return amounts;
  }

  /** The workbook, read back with FastExcel's reader, shows the API's lines and totals. */
  private static void assertWorkbookShows(byte[] xlsx, JsonNode statement) throws Exception {
    List<Row> rows;
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      rows = workbook.getFirstSheet().read();
    }
    Map<Integer, Row> byNumber = new LinkedHashMap<>();
    rows.forEach(row -> byNumber.put(row.getRowNum() - 1, row));
    assertThat(byNumber.get(StatementDocuments.HEADER_ROW).getCellText(0)).isEqualTo("行号");
    JsonNode lines = statement.at("/current/lines");
    for (int i = 0; i < lines.size(); i++) {
      Row row = byNumber.get(StatementDocuments.HEADER_ROW + 1 + i);
      assertThat(new BigDecimal(row.getCellText(0)).intValue())
          .isEqualTo(lines.get(i).get("lineNo").asInt());
      assertThat(new BigDecimal(row.getCellText(StatementDocuments.AMOUNT_COLUMN)))
          .as("line %d", i + 1)
          .isEqualByComparingTo(lines.get(i).get("amount").decimalValue());
    }
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    for (Row row : rows) {
      if (row.getRowNum() - 1 > StatementDocuments.HEADER_ROW + lines.size()
          && row.getCellCount() > StatementDocuments.AMOUNT_COLUMN) {
        totals.put(
            row.getCellText(StatementDocuments.AMOUNT_COLUMN - 1),
            new BigDecimal(row.getCellText(StatementDocuments.AMOUNT_COLUMN)));
      }
    }
    assertThat(totals.get("本期金额"))
        .isEqualByComparingTo(statement.at("/current/periodAmount").decimalValue());
    assertThat(totals.get("上期余额"))
        .isEqualByComparingTo(statement.at("/current/previousBalance").decimalValue());
    assertThat(totals.get("其中税额")).isEqualByComparingTo(statement.get("periodTax").decimalValue());
    assertThat(totals.get("累计应收"))
        .isEqualByComparingTo(statement.at("/current/totalDue").decimalValue());
  }
}
