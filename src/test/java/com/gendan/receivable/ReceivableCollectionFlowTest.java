package com.gendan.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import com.gendan.order.OrderChannel;
import com.gendan.order.OrderFlowTest;
import com.gendan.receivable.ReceivableCollectionProcess.Elements;
import com.gendan.statement.StatementExamples;
import com.gendan.statement.StatementService;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The collection ladder as the application runs it (real delegates, GreenMail, the engine REST API
 * as the demo users): an invoice issued 91 days ago goes 61 days overdue when the clock is moved to
 * today; its ladder's due jobs run: everyone is mailed, the assistant, the sales rep and her
 * manager get their tasks and the customer goes on credit hold, so a new order stops at review. The
 * assistant logs a chase (a bad one refused, nothing saved); a partial payment leaves hold and
 * ladder; the weekly mail's workbook carries the aging, the change since last week and the last
 * chase note, cell for cell as the API; the rest of the payment ends the ladder and lifts the hold.
 */
class ReceivableCollectionFlowTest extends OrderFlowTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String CHASE_NOTE = "客户财务周经理答应月底前付清";

  @Autowired JdbcClient jdbcClient;
  @Autowired StatementService statementService;
  @Autowired TransactionTemplate transactions;
  @Autowired RuntimeService runtimeService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void clockAt(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(SHANGHAI).toInstant()));
  }

  @Test
  void anInvoice61DaysOverdueHoldsItsCustomerUntilPaidAndTheWeeklyMailShowsItsChase()
      throws Exception {
    LocalDate today = LocalDate.now(SHANGHAI);
    LocalDate invoiced = today.minusDays(91);
    clockAt(invoiced);
    ReceivableFixtures.NewCustomer customer =
        ReceivableFixtures.customer(web, engine, DemoUser.ASSISTANT_LIU, DemoUser.REP_WANG);
    long invoiceId =
        StatementExamples.invoiced(
                jdbcClient, statementService, transactions, customer.id(), invoiced)
            .invoiceId();
    JsonNode invoice = engine.get("/api/invoices/" + invoiceId, DemoUser.FINANCE);
    String number = invoice.get("invoiceNumber").asText();
    assertThat(invoice.get("dueOn").asText()).isEqualTo(today.minusDays(61).toString());
    ProcessInstance ladder =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(ReceivableCollectionProcess.KEY)
            .processInstanceBusinessKey(number)
            .singleResult();
    assertThat(ladder).as("the ladder the invoice started").isNotNull();
    assertThat(tasks(ladder)).as("nothing to do before the due date").isEmpty();

    clockAt(today);
    engine.runDueJobs(ladder.getId());

    String customerName = "账龄测试客户";
    assertThat(
            ReceivedMails.awaitAbout(
                greenMail, DemoUser.ASSISTANT_LIU + "@gendan.local", "货款即将到期：发票 " + number))
        .hasSize(1);
    assertThat(
            ReceivedMails.awaitAbout(
                greenMail, DemoUser.REP_WANG + "@gendan.local", "请协助催收货款：发票 " + number))
        .hasSize(1);
    assertThat(
            ReceivedMails.awaitAbout(
                greenMail, DemoUser.SALES_MANAGER + "@gendan.local", "发票 " + number))
        .isNotEmpty();
    MimeMessage hold =
        ReceivedMails.awaitAbout(
                greenMail, DemoUser.GENERAL_MANAGER + "@gendan.local", "客户信用冻结：" + customerName)
            .get(0);
    assertThat(html(hold)).contains("已自动列为信用冻结", number);
    assertThat(tasks(ladder))
        .extracting(Task::getTaskDefinitionKey, Task::getAssignee)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Elements.CHASE_PAYMENT, DemoUser.ASSISTANT_LIU),
            org.assertj.core.groups.Tuple.tuple(Elements.HELP_CHASE, DemoUser.REP_WANG),
            org.assertj.core.groups.Tuple.tuple(Elements.SUPERVISE_CHASE, DemoUser.SALES_MANAGER));
    assertThat(creditHold(customer)).as("put on hold by the ladder").isTrue();

    // the assistant chases in Tasklist; a promise in the past is refused and saves nothing
    Task chase = task(ladder, Elements.CHASE_PAYMENT);
    HttpResponse<String> refused =
        engine.complete(
            chase.getId(),
            DemoUser.ASSISTANT_LIU,
            Map.of(
                "contactWay",
                "phone",
                "chaseNote",
                CHASE_NOTE,
                "promisedOn",
                today.minusDays(1).toString()));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("承诺付款日期");
    assertThat(engine.get("/api/invoices/" + invoiceId + "/chases", DemoUser.ASSISTANT_LIU))
        .isEmpty();
    HttpResponse<String> chased =
        engine.complete(
            chase.getId(),
            DemoUser.ASSISTANT_LIU,
            Map.of("contactWay", "phone", "chaseNote", CHASE_NOTE));
    assertThat(chased.statusCode()).as(chased.body()).isEqualTo(204);
    JsonNode chases = engine.get("/api/invoices/" + invoiceId + "/chases", DemoUser.ASSISTANT_LIU);
    assertThat(chases).hasSize(1);
    assertThat(chases.get(0).get("note").asText()).isEqualTo(CHASE_NOTE);
    assertThat(chases.get(0).get("contactWayLabel").asText()).isEqualTo("电话");
    assertThat(chases.get(0).get("chasedBy").asText()).isEqualTo(DemoUser.ASSISTANT_LIU);
    assertThat(engine.get("/api/invoices/" + invoiceId, DemoUser.REP_WANG).get("chases"))
        .hasSize(1);
    assertThat(
            web.get("/api/invoices/" + invoiceId + "/chases", DemoUser.ASSISTANT_CHEN).statusCode())
        .as("another assistant's customer")
        .isEqualTo(404);
    assertThat(web.get("/api/invoices/" + invoiceId + "/chases", DemoUser.WAREHOUSE).statusCode())
        .isEqualTo(403);
    assertThat(task(ladder, Elements.CHASE_PAYMENT)).as("chased again later").isNotNull();

    // a new order of the customer stops at review
    agreePrice(customer.id(), PRODUCT, "100", "35");
    JsonNode order =
        register(
            DemoUser.ASSISTANT_LIU,
            order(
                customer.id(),
                OrderChannel.EMAIL,
                null,
                line(PRODUCT, "100", "35", today.plusDays(60))));
    reviewed(order);
    assertThat(latestFindings(order)).contains("CREDIT_HOLD");

    // a partial payment three days ago: the ladder runs on, the hold stays
    BigDecimal amount = invoice.get("amount").decimalValue();
    pay(invoiceId, new BigDecimal("100.00"), today.minusDays(3));
    assertThat(runningLadder(number)).isNotNull();
    assertThat(creditHold(customer)).as("still 61 days overdue").isTrue();

    // the weekly mail: its workbook's cells are the API's
    LocalDate reportDay = today;
    JsonNode aging = engine.get("/api/reports/receivables-aging", DemoUser.FINANCE);
    MimeMessage weekly = weeklyMail(reportDay);
    assertThat(html(weekly)).contains(number, CHASE_NOTE, customer.code());
    byte[] workbook =
        ReceivedMails.leaves(weekly).stream()
            .filter(leaf -> leaf.is("application/vnd.openxmlformats"))
            .findFirst()
            .orElseThrow()
            .content();
    try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
      List<Sheet> sheets = read.getSheets().toList();
      Row agingRow = rowOf(sheets.get(0), 0, customer.code());
      JsonNode apiRow = find(aging.get("rows"), "customerCode", customer.code());
      assertThat(agingRow.getCellAsNumber(7).orElseThrow())
          .isEqualByComparingTo(apiRow.get("overdueOver90").decimalValue())
          .isEqualByComparingTo(BigDecimal.ZERO);
      assertThat(agingRow.getCellAsNumber(6).orElseThrow())
          .isEqualByComparingTo(apiRow.get("overdue61To90").decimalValue())
          .isEqualByComparingTo(amount.subtract(new BigDecimal("100.00")));
      assertThat(agingRow.getCellAsNumber(8).orElseThrow())
          .isEqualByComparingTo(apiRow.get("total").decimalValue());

      Row changeRow = rowOf(sheets.get(1), 0, customer.code());
      JsonNode apiChange = find(aging.get("changes"), "customerCode", customer.code());
      assertThat(changeRow.getCellAsNumber(4).orElseThrow())
          .isEqualByComparingTo(apiChange.get("totalLastWeek").decimalValue())
          .isEqualByComparingTo(amount);
      assertThat(changeRow.getCellAsNumber(5).orElseThrow())
          .isEqualByComparingTo(apiChange.get("totalChange").decimalValue())
          .isEqualByComparingTo("-100.00");
      assertThat(changeRow.getCellAsNumber(8).orElseThrow())
          .isEqualByComparingTo(apiChange.get("overdueChange").decimalValue())
          .isEqualByComparingTo("-100.00");

      Row itemRow = rowOf(sheets.get(2), 0, number);
      JsonNode apiItem = find(aging.get("overdueItems"), "invoiceNumber", number);
      assertThat(itemRow.getCellAsNumber(5).orElseThrow().longValue())
          .isEqualTo(apiItem.get("daysOverdue").asLong())
          .isEqualTo(61);
      assertThat(itemRow.getCellAsNumber(6).orElseThrow())
          .isEqualByComparingTo(apiItem.get("outstanding").decimalValue());
      assertThat(itemRow.getCellText(9))
          .isEqualTo(apiItem.get("lastChaseNote").asText())
          .isEqualTo(CHASE_NOTE);
    }

    // the rest is paid: the ladder ends and the hold it placed lifts
    pay(invoiceId, amount.subtract(new BigDecimal("100.00")), today);
    assertThat(runningLadder(number)).as("paid in full").isNull();
    assertThat(creditHold(customer)).as("lifted by itself").isFalse();
    JsonNode changes = engine.get("/api/customers/" + customer.id() + "/changes", DemoUser.FINANCE);
    assertThat(
            StreamSupport.stream(changes.spliterator(), false)
                .filter(c -> c.get("field").asText().equals("creditHold"))
                .map(c -> c.get("newValue").asText() + " by " + c.get("changedBy").asText())
                .toList())
        .containsExactly("true by system", "false by system");
  }

  @Test
  void aHoldFinanceSetByHandIsNeverLiftedByAPayment() {
    LocalDate today = LocalDate.now(SHANGHAI);
    clockAt(today.minusDays(91));
    ReceivableFixtures.NewCustomer customer =
        ReceivableFixtures.customer(web, engine, DemoUser.ASSISTANT_LIU, DemoUser.REP_WANG);
    long invoiceId =
        StatementExamples.invoiced(
                jdbcClient, statementService, transactions, customer.id(), today.minusDays(91))
            .invoiceId();
    clockAt(today);
    setCreditHold(customer, true);
    ProcessInstance ladder =
        runningLadder(
            engine
                .get("/api/invoices/" + invoiceId, DemoUser.FINANCE)
                .get("invoiceNumber")
                .asText());
    engine.runDueJobs(ladder.getId());
    assertThat(creditHold(customer)).isTrue();

    BigDecimal amount =
        engine
            .get("/api/invoices/" + invoiceId, DemoUser.FINANCE)
            .get("outstanding")
            .decimalValue();
    pay(invoiceId, amount, today);

    assertThat(creditHold(customer)).as("finance's own hold stays").isTrue();
    setCreditHold(customer, false);
  }

  private List<Task> tasks(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).list();
  }

  private Task task(ProcessInstance instance, String activityId) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(activityId)
        .singleResult();
  }

  private ProcessInstance runningLadder(String invoiceNumber) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(ReceivableCollectionProcess.KEY)
        .processInstanceBusinessKey(invoiceNumber)
        .singleResult();
  }

  private boolean creditHold(ReceivableFixtures.NewCustomer customer) {
    return engine
        .get("/api/customers/" + customer.id(), DemoUser.SALES_MANAGER)
        .get("creditHold")
        .asBoolean();
  }

  private void setCreditHold(ReceivableFixtures.NewCustomer customer, boolean hold) {
    com.fasterxml.jackson.databind.node.ObjectNode body =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            engine.get("/api/customers/" + customer.id(), DemoUser.FINANCE);
    body.remove("id");
    body.put("creditHold", hold);
    HttpResponse<String> saved =
        web.send("PUT", "/api/customers/" + customer.id(), DemoUser.FINANCE, body.toString());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  private void pay(long invoiceId, BigDecimal amount, LocalDate paidOn) {
    HttpResponse<String> paid =
        web.postJson(
            "/api/invoices/" + invoiceId + "/payments",
            DemoUser.FINANCE,
            """
            {"amount": %s, "paidOn": "%s", "reference": "RC-%d"}"""
                .formatted(amount.toPlainString(), paidOn, System.nanoTime() % 1_000_000_000L));
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
  }

  /** Runs the weekly report's timer now and answers its mail to finance. */
  private MimeMessage weeklyMail(LocalDate day) {
    Job timer =
        managementService
            .createJobQuery()
            .processDefinitionKey(WeeklyReceivableReportProcess.KEY)
            .timers()
            .singleResult();
    managementService.executeJob(timer.getId());
    runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(WeeklyReceivableReportProcess.KEY)
        .list()
        .forEach(report -> engine.runDueJobs(report.getId()));
    List<MimeMessage> mails =
        ReceivedMails.awaitAbout(
            greenMail, DemoUser.FINANCE + "@gendan.local", "应收账款周报（截至 " + day + "）");
    return mails.get(mails.size() - 1);
  }

  private static String html(MimeMessage mail) throws Exception {
    return ReceivedMails.leaves(mail).stream()
        .filter(leaf -> leaf.is("text/html"))
        .map(leaf -> new String(leaf.content(), StandardCharsets.UTF_8))
        .findFirst()
        .orElseThrow();
  }

  private static Row rowOf(Sheet sheet, int column, String text) throws Exception {
    return sheet.read().stream()
        .filter(row -> text.equals(row.getCellText(column)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(text + " not in sheet " + sheet.getName()));
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    return StreamSupport.stream(array.spliterator(), false)
        .filter(node -> node.get(field).asText().equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError(value + " not in " + array));
  }
}
