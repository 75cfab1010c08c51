package com.gendan.audit;

import static com.gendan.JsonArrays.byField;
import static com.gendan.JsonArrays.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.Tasklist;
import com.gendan.identity.DemoUser;
import com.gendan.quote.QuoteApprovalProcess;
import com.gendan.quote.QuoteWalk;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit views' API as the auditor, an assistant, a manager and a department use it: the history
 * of a finished quote found by its number, the late-task and longest-wait reports, the log of who
 * read which customer's documents, each within what the caller may see, and as Excel.
 */
class AuditApiTest extends ProcessFlowTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired DocumentReadCleanup readLogCleanup;

  @Test
  void anAuditorFindsAFinishedQuoteByItsNumberAndReadsItsWholeStory() {
    JsonNode quote = walk().finished(customerId);
    String number = quote.get("quoteNumber").asText();
    String instanceId = quote.get("processInstanceId").asText();

    JsonNode found =
        engine.get("/api/audit/instances?document=" + number + "&state=FINISHED", DemoUser.AUDITOR);
    assertThat(found.get("items")).hasSize(1);
    JsonNode summary = found.get("items").get(0);
    assertThat(summary.get("id").asText()).isEqualTo(instanceId);
    assertThat(summary.get("state").asText()).isEqualTo("已完成");
    assertThat(summary.get("customer").asText()).isEqualTo("C001 苏州恒达电子有限公司");
    assertThat(summary.get("processName").asText()).isEqualTo("报价审批");
    assertThat(summary.get("startedByName").asText()).isEqualTo("刘洋");
    assertThat(summary.get("end").asText()).endsWith("+08:00");
    assertThat(
            engine
                .get("/api/audit/instances?document=" + number + "&state=RUNNING", DemoUser.AUDITOR)
                .get("items"))
        .isEmpty();

    JsonNode story = engine.get("/api/audit/instances/" + instanceId, DemoUser.AUDITOR);
    assertThat(texts(story.get("steps"), "name")).contains("编制报价", "报价签核");
    JsonNode draft = byField(story.get("tasks"), "name", "编制报价");
    assertThat(draft.get("completedBy").asText()).isEqualTo(DemoUser.ASSISTANT_LIU);
    assertThat(draft.get("outcome").asText()).isEqualTo("已完成");
    assertThat(draft.get("due").isNull()).isFalse();
    JsonNode signing = byField(story.get("tasks"), "name", "报价签核");
    assertThat(signing.get("completedBy").asText()).isEqualTo(DemoUser.SALES_MANAGER);
    JsonNode decision = byField(story.get("decisions"), "decisionKey", "quoteApprovalAuthority");
    assertThat(decision.get("inputs")).isNotEmpty();
    assertThat(decision.get("matchedRules")).isNotEmpty();
    assertThat(decision.get("matchedRules").get(0).get("description").asText()).isNotBlank();
    assertThat(texts(story.get("variables"), "name"))
        .contains(QuoteApprovalProcess.Variables.QUOTE_NUMBER.name());
    assertThat(texts(story.get("operations"), "operation")).contains("完成");
    assertThat(texts(story.get("operations"), "userName")).contains("孙丽", "刘洋");

    // the customer's assistant reads her customer's story; another assistant finds nothing
    assertThat(web.get("/api/audit/instances/" + instanceId, DemoUser.ASSISTANT_LIU).statusCode())
        .isEqualTo(200);
    assertThat(web.get("/api/audit/instances/" + instanceId, DemoUser.ASSISTANT_CHEN).statusCode())
        .isEqualTo(404);
    assertThat(
            engine
                .get("/api/audit/instances?document=" + number, DemoUser.ASSISTANT_CHEN)
                .get("items"))
        .isEmpty();
    assertThat(
            engine
                .get("/api/audit/instances?customer=C001&document=" + number, DemoUser.REP_ZHAO)
                .get("items"))
        .as("a customer that is not the rep's is as good as none")
        .isEmpty();
  }

  @Test
  void tasksCompletedLateAreReportedPerTaskAndPersonAndExportedAsExcel() throws Exception {
    JsonNode quote = walk().registerOneLine(customerId);
    String number = quote.get("quoteNumber").asText();
    Task draft = walk().task(quote.get("processInstanceId").asText());
    taskService.setDueDate(draft.getId(), Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
    assertThat(walk().completeDraft(draft, DemoUser.ASSISTANT_LIU, "17.00")).isEqualTo(204);

    JsonNode report = engine.get("/api/audit/reports/late-tasks", DemoUser.AUDITOR);
    JsonNode late = byField(report.get("late"), "documentNumber", number);
    assertThat(late.get("taskName").asText()).isEqualTo("编制报价");
    assertThat(late.get("lateHours").asDouble()).isGreaterThanOrEqualTo(47.9);
    assertThat(report.get("summary"))
        .anySatisfy(
            row -> {
              assertThat(row.get("taskName").asText()).isEqualTo("编制报价");
              assertThat(row.get("assignee").asText()).isEqualTo(DemoUser.ASSISTANT_LIU);
              assertThat(row.get("late").asLong()).isPositive();
              assertThat(row.get("lateRate").asDouble()).isPositive();
            });
    assertThat(
            texts(
                engine.get("/api/audit/reports/late-tasks", DemoUser.ASSISTANT_CHEN).get("late"),
                "documentNumber"))
        .as("another assistant's customers only")
        .doesNotContain(number);
    assertThat(web.get("/api/audit/reports/late-tasks", DemoUser.PRODUCTION).statusCode())
        .isEqualTo(403);

    HttpResponse<byte[]> workbook =
        web.getBytes("/api/audit/reports/late-tasks.xlsx", DemoUser.AUDITOR);
    assertThat(workbook.statusCode()).isEqualTo(200);
    assertThat(workbook.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", ".xlsx");
    List<List<String>> details = sheet(workbook.body(), "逾期明细");
    assertThat(details.get(0)).containsExactly("单据号", "任务", "处理人", "到期时间", "完成时间", "逾期（小时）");
    assertThat(details).anySatisfy(row -> assertThat(row).contains(number, "编制报价", "刘洋"));
    assertThat(sheet(workbook.body(), "按任务和人员").get(0)).contains("逾期数", "逾期率（%）");

    JsonNode waits = engine.get("/api/audit/reports/longest-waits?top=3", DemoUser.AUDITOR);
    JsonNode drafting = byField(waits, "activityName", "编制报价");
    assertThat(drafting.get("waits").size()).isBetween(1, 3);
    assertThat(
            sheet(
                web.getBytes("/api/audit/reports/longest-waits.xlsx", DemoUser.AUDITOR).body(),
                "最长等待"))
        .anySatisfy(row -> assertThat(row).contains("编制报价"));
  }

  @Test
  void everyReadOfACustomersDocumentIsLoggedForAuditorsAndKeptForItsRetention() throws Exception {
    JsonNode quote = walk().registerOneLine(customerId);
    String number = quote.get("quoteNumber").asText();
    assertThat(web.get("/api/quotes/" + number, DemoUser.REP_WANG).statusCode()).isEqualTo(200);

    JsonNode reads =
        engine.get("/api/audit/reports/document-reads?user=" + DemoUser.REP_WANG, DemoUser.AUDITOR);
    JsonNode read = byField(reads.get("items"), "reference", number);
    assertThat(read.get("document").asText()).isEqualTo("报价单");
    assertThat(read.get("customer").asText()).isEqualTo("C001 苏州恒达电子有限公司");
    assertThat(read.get("userName").asText()).isEqualTo("王强");
    assertThat(
            engine
                .get("/api/audit/reports/document-reads?customer=C002", DemoUser.AUDITOR)
                .get("items")
                .findValuesAsText("reference"))
        .doesNotContain(number);
    assertThat(web.get("/api/audit/reports/document-reads", DemoUser.ASSISTANT_LIU).statusCode())
        .as("assistants do not audit")
        .isEqualTo(403);
    assertThat(
            sheet(
                web.getBytes("/api/audit/reports/document-reads.xlsx", DemoUser.AUDITOR).body(),
                "查阅记录"))
        .anySatisfy(row -> assertThat(row).contains(number, "报价单", "王强"));

    // older than the retention (three years by default): gone after the nightly cleanup
    jdbc.update(
        "INSERT INTO document_read (read_at, user_id, customer_id, document_kind, document_ref)"
            + " VALUES (?, 'wangqiang', ?, 'QUOTE', 'BJ-2020-00001')",
        java.time.OffsetDateTime.now(SHANGHAI).minusYears(4),
        customerId);
    readLogCleanup.cleanUp();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM document_read WHERE document_ref = 'BJ-2020-00001'",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM document_read WHERE document_ref = ?", Integer.class, number))
        .isPositive();
  }

  @Test
  void badQueriesAreRefusedNamingTheFieldAndNothingButGetIsServed() {
    LocalDate today = LocalDate.now(SHANGHAI);
    assertThat(
            web.get(
                    "/api/audit/reports/late-tasks?from=" + today + "&to=" + today.minusDays(1),
                    DemoUser.AUDITOR)
                .body())
        .contains("\"to\"", "结束日期不能早于开始日期");
    assertThat(
            web.get(
                    "/api/audit/reports/late-tasks?from=" + today.minusYears(2) + "&to=" + today,
                    DemoUser.AUDITOR)
                .body())
        .contains("一次最多查询366天");
    HttpResponse<String> wildcard =
        web.get("/api/audit/instances?document=BJ%25", DemoUser.AUDITOR);
    assertThat(wildcard.statusCode()).isEqualTo(400);
    assertThat(wildcard.body()).contains("单据号只能包含字母、数字和短横线");
    assertThat(web.get("/api/audit/reports/longest-waits?top=0", DemoUser.AUDITOR).statusCode())
        .isEqualTo(400);
    assertThat(
            web.get("/api/audit/reports/late-tasks?from=2026-13-01", DemoUser.AUDITOR).statusCode())
        .isEqualTo(400);
    assertThat(web.postJson("/api/audit/instances", DemoUser.AUDITOR, "{}").statusCode())
        .isEqualTo(403);
    HttpResponse<String> anonymous = web.get("/api/audit/instances");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(anonymous.body()).contains("请先登录");
  }

  @Test
  void theViewsReadTheWebappsLoginWithoutRenewingItsSession() {
    Tasklist browser = Tasklist.login(port, json, DemoUser.AUDITOR);
    String quoteNumber = walk().registerOneLine(customerId).get("quoteNumber").asText();
    for (String path :
        List.of("/api/audit/views", "/api/audit/instances", "/documents/quotes/" + quoteNumber)) {
      HttpResponse<String> read = browser.open(path);
      assertThat(read.statusCode()).as(path).isEqualTo(200);
      // a renewed session id would log out the webapps' requests still in flight
      assertThat(read.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
    assertThat(browser.open("/camunda/api/engine/engine/default/task/count").statusCode())
        .isEqualTo(200);
  }

  @Test
  void theMenuOffersEachUserTheViewsOfTheirRole() {
    JsonNode auditor = engine.get("/api/audit/views", DemoUser.AUDITOR);
    assertThat(auditor.get("reports").asBoolean()).isTrue();
    assertThat(auditor.get("readLog").asBoolean()).isTrue();
    assertThat(auditor.get("team").asBoolean()).isFalse();
    JsonNode manager = engine.get("/api/audit/views", DemoUser.SALES_MANAGER);
    assertThat(manager.get("team").asBoolean()).isTrue();
    JsonNode assistant = engine.get("/api/audit/views", DemoUser.ASSISTANT_LIU);
    assertThat(assistant.get("reports").asBoolean()).isTrue();
    assertThat(assistant.get("readLog").asBoolean()).isFalse();
    assertThat(engine.get("/api/audit/views", DemoUser.WAREHOUSE).get("reports").asBoolean())
        .isFalse();
    JsonNode processOwner = engine.get("/api/audit/views", DemoUser.PROCESS_OWNER);
    assertThat(processOwner.get("reports").asBoolean())
        .as("process owners change models, they do not read customers' work")
        .isFalse();
    assertThat(web.get("/api/audit/reports/late-tasks", DemoUser.PROCESS_OWNER).statusCode())
        .isEqualTo(403);
    assertThat(engine.get("/api/audit/instances", DemoUser.PROCESS_OWNER).get("items")).isEmpty();
  }

  private QuoteWalk walk() {
    return new QuoteWalk(web, engine, taskService);
  }

  /** The rows of the named sheet, each as its cells' text. */
  private static List<List<String>> sheet(byte[] xlsx, String name) throws Exception {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.findSheet(name).orElseThrow(() -> new AssertionError("no " + name));
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet.read()) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
          cells.add(row.getCellText(c));
        }
        rows.add(cells);
      }
      return rows;
    }
  }
}
