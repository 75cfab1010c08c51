package com.gendan.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.identity.DemoUser;
import com.gendan.mail.OutboxMailSender;
import com.gendan.mail.ReceivedMails;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A quote walked the way the demo users walk it, through Gendan's API and the engine REST API that
 * Tasklist uses, on the application's database with GreenMail as the mail server.
 */
class QuoteApprovalFlowTest extends ProcessFlowTest {

  static final String CUSTOMER_CONTACT = "zhangwei@hengda-example.cn";

  @Autowired OutboxMailSender mailSender;

  @Test
  void aQuoteBelowFloorPriceIsSignedByBothManagersMailedAsPdfAndBecomesAPriceAgreement()
      throws Exception {
    JsonNode quote =
        register(
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "currency": "CNY", "validityDays": 30,
         "lines": [{"productCode": "EC-R0603-103", "quantity": 100, "targetPrice": 15},
                   {"productCode": "EC-C0805-106", "quantity": 50}]}"""
                .formatted(customerId));
    long quoteId = quote.get("id").asLong();
    String instanceId = quote.get("processInstanceId").asText();
    engine.runDueJobs(instanceId);
    String quoteNumber = quote.get("quoteNumber").asText();
    assertThat(ReceivedMails.awaitAbout(greenMail, "sunli@gendan.local", quoteNumber))
        .as("inquiry notice")
        .hasSize(1);

    Task draft = onlyTask(instanceId, QuoteApprovalProcess.Elements.DRAFT_QUOTE);
    assertThat(draft.getAssignee()).isEqualTo(DemoUser.ASSISTANT_LIU);
    // 15.00 is under the floor price 15.50: the general manager must sign too
    assertThat(completeDraft(draft, DemoUser.ASSISTANT_LIU, "15.00", "35.00")).isEqualTo(204);

    Task managerSigning = onlyTask(instanceId, QuoteApprovalProcess.Elements.SIGN_QUOTE);
    assertThat(sign(managerSigning, DemoUser.GENERAL_MANAGER, "approve", null))
        .as("the general manager may not sign for the sales manager")
        .isEqualTo(403);
    assertThat(sign(managerSigning, DemoUser.ASSISTANT_LIU, "approve", null)).isEqualTo(403);
    assertThat(sign(managerSigning, DemoUser.SALES_MANAGER, "approve", "同意")).isEqualTo(204);
    Task generalManagerSigning = task(instanceId);
    assertThat(sign(generalManagerSigning, DemoUser.SALES_MANAGER, "approve", null)).isEqualTo(403);
    assertThat(sign(generalManagerSigning, DemoUser.GENERAL_MANAGER, "approve", "低于底价，特批"))
        .isEqualTo(204);
    engine.runDueJobs(instanceId);

    ReceivedMails.awaitAbout(greenMail, CUSTOMER_CONTACT, quoteNumber);
    mailSender.sendDue();
    List<MimeMessage> toCustomer = ReceivedMails.about(greenMail, CUSTOMER_CONTACT, quoteNumber);
    assertThat(toCustomer).hasSize(1);
    byte[] attachedPdf =
        ReceivedMails.leaves(toCustomer.get(0)).stream()
            .filter(leaf -> leaf.is("application/pdf"))
            .findFirst()
            .orElseThrow()
            .content();
    String pdfText = text(attachedPdf);
    assertThat(pdfText).contains("苏州恒达电子有限公司", "孙丽", "业务主管", "周刚", "总经理", "报价单");

    HttpResponse<byte[]> document =
        web.getBytes("/api/quotes/" + quoteId + "/document", DemoUser.REP_WANG);
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(text(document.body())).isEqualTo(pdfText);
    JsonNode sent = engine.get("/api/quotes/" + quoteId, DemoUser.ASSISTANT_LIU);
    assertThat(sent.at("/current/status").asText()).isEqualTo("SENT");
    assertThat(sent.at("/current/signatures")).hasSize(2);
    String code = sent.at("/current/verificationCode").asText();
    assertThat(pdfText).contains(code);
    JsonNode verified = engine.get("/api/quotes/verification?code=" + code, DemoUser.AUDITOR);
    assertThat(verified.get("quoteNumber").asText()).isEqualTo(quoteNumber);
    assertThat(
            web.get("/api/quotes/verification?code=0000-0000-0000-0000", DemoUser.AUDITOR)
                .statusCode())
        .isEqualTo(404);

    Task response = onlyTask(instanceId, QuoteApprovalProcess.Elements.REGISTER_CUSTOMER_RESPONSE);
    assertThat(respond(response, DemoUser.ASSISTANT_LIU, "partial", "[1]", null)).isEqualTo(204);
    engine.runDueJobs(instanceId);

    JsonNode agreements =
        engine.get("/api/price-agreements?customer=" + customerId, DemoUser.ASSISTANT_LIU);
    assertThat(agreements)
        .anySatisfy(
            agreement -> {
              assertThat(agreement.get("productCode").asText()).isEqualTo("EC-R0603-103");
              assertThat(agreement.get("unitPrice").decimalValue()).isEqualByComparingTo("15.00");
              assertThat(agreement.get("quoteId").asLong()).isEqualTo(quoteId);
            });
    assertThat(agreements)
        .noneSatisfy(
            agreement ->
                assertThat(
                        agreement.get("quoteId").asLong() == quoteId
                            && agreement.get("productCode").asText().equals("EC-C0805-106"))
                    .isTrue());
    assertThat(
            web.get("/api/price-agreements?customer=" + customerId, DemoUser.ASSISTANT_CHEN)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            engine
                .get("/api/quotes/" + quoteId, DemoUser.SALES_MANAGER)
                .at("/current/status")
                .asText())
        .isEqualTo("PARTIALLY_ACCEPTED");
  }

  @Test
  void badInquiriesAreRefusedNamingTheFieldAndNothingIsSaved() {
    Integer before = jdbc.queryForObject("select count(*) from quote", Integer.class);
    HttpResponse<String> response =
        web.postJson(
            "/api/quotes",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "currency": "EUR",
         "lines": [{"productCode": "NO-SUCH", "quantity": 5},
                   {"productCode": "EC-R0603-103", "quantity": 0}]}"""
                .formatted(customerId));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("lines[1].quantity");
    HttpResponse<String> unknown =
        web.postJson(
            "/api/quotes",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "currency": "EUR",
         "lines": [{"productCode": "NO-SUCH", "quantity": 5}]}"""
                .formatted(customerId));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"currency\"", "lines[0].productCode");
    assertThat(web.postJson("/api/quotes", DemoUser.ASSISTANT_LIU, "{\"lines\": []}").body())
        .contains("customerId", "lines");
    assertThat(jdbc.queryForObject("select count(*) from quote", Integer.class)).isEqualTo(before);
  }

  @Test
  void onlyTheCustomersTeamRegistersAndReadsItsQuotes() {
    String inquiry =
        """
        {"customerId": %d, "lines": [{"productCode": "EC-R0603-103", "quantity": 10}]}"""
            .formatted(customerId);
    assertThat(web.postJson("/api/quotes", DemoUser.ASSISTANT_CHEN, inquiry).statusCode())
        .as("not her customer")
        .isEqualTo(403);
    assertThat(web.postJson("/api/quotes", DemoUser.WAREHOUSE, inquiry).statusCode())
        .as("the warehouse does not quote")
        .isEqualTo(403);
    long quoteId = register(DemoUser.ASSISTANT_LIU, inquiry).get("id").asLong();
    assertThat(web.get("/api/quotes/" + quoteId, DemoUser.REP_ZHAO).statusCode())
        .as("another team's quote reads as one that does not exist")
        .isEqualTo(404);
    assertThat(web.get("/api/quotes/" + quoteId, DemoUser.AUDITOR).statusCode()).isEqualTo(200);
    assertThat(web.get("/api/quotes/" + quoteId + "/document", DemoUser.ASSISTANT_LIU).statusCode())
        .as("not signed yet")
        .isEqualTo(404);
  }

  @Test
  void aSignerWhoWaitsTooLongIsRemindedByMail() {
    JsonNode quote =
        register(
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "lines": [{"productCode": "EC-R0603-103", "quantity": 100}]}"""
                .formatted(customerId));
    String instanceId = quote.get("processInstanceId").asText();
    engine.runDueJobs(instanceId);
    assertThat(completeDraft(task(instanceId), DemoUser.ASSISTANT_LIU, "17.00")).isEqualTo(204);
    assertThat(task(instanceId).getTaskDefinitionKey())
        .isEqualTo(QuoteApprovalProcess.Elements.SIGN_QUOTE);

    engine.runTimer(instanceId, QuoteApprovalProcess.Elements.SIGN_QUOTE);

    assertThat(
            ReceivedMails.awaitAbout(
                greenMail,
                "sunli@gendan.local",
                "提醒：报价 " + quote.get("quoteNumber").asText() + " 等待您签核"))
        .hasSize(1);
  }

  @Test
  void aDraftWithAZeroPriceIsRefusedAndTheTaskStaysOpen() throws Exception {
    JsonNode quote =
        register(
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "lines": [{"productCode": "EC-R0603-103", "quantity": 10},
                                     {"productCode": "EC-C0805-106", "quantity": 10}]}"""
                .formatted(customerId));
    String instanceId = quote.get("processInstanceId").asText();
    engine.runDueJobs(instanceId);
    Task draft = task(instanceId);
    HttpResponse<String> refused =
        completeDraftResponse(draft, DemoUser.ASSISTANT_LIU, "16.00", "0");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("报价单价：第2项报价单价必须大于0");
    HttpResponse<String> roundsToZero =
        completeDraftResponse(draft, DemoUser.ASSISTANT_LIU, "0.00001", "16");
    assertThat(roundsToZero.body())
        .as("refused, not rounded to 0 by the column")
        .contains("第1项单价最多4位小数");
    assertThat(task(instanceId).getId()).isEqualTo(draft.getId());
    assertThat(
            engine
                .get("/api/quotes/" + quote.get("id").asLong(), DemoUser.ASSISTANT_LIU)
                .at("/current/lines/0/unitPrice")
                .isNull())
        .isTrue();
  }

  @Test
  void anInquiryFromTasklistsStartFormBecomesAQuoteAndBadLinesAreNamed() {
    String start = "/engine-rest/process-definition/key/" + QuoteApprovalProcess.KEY + "/start";
    HttpResponse<String> refused =
        web.postJson(
            start, DemoUser.ASSISTANT_LIU, startForm("EC-R0603-103 100 15\\nEC-C0805-106 很多"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("询价明细第2行：数量不是数字");
    assertThat(
            web.postJson(start, DemoUser.ASSISTANT_LIU, startForm("EC-R0603-103 100.0005")).body())
        .as("refused, not rounded")
        .contains("数量最多3位小数");
    assertThat(
            web.postJson(start, DemoUser.ASSISTANT_LIU, startForm("EC-R0603-103 1e10000000"))
                .body())
        .contains("询价明细第1行：数量不是数字");
    HttpResponse<String> unknownCustomer =
        web.postJson(
            start, DemoUser.ASSISTANT_LIU, startForm("EC-R0603-103 100").replace("C001", "C999"));
    assertThat(unknownCustomer.body()).contains("客户 C999 不存在");

    HttpResponse<String> started =
        web.postJson(
            start,
            DemoUser.ASSISTANT_LIU,
            startForm("EC-R0603-103\\t100\\t15\\n\\nEC-C0805-106, 50"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instanceId = engine.read(started.body()).get("id").asText();
    engine.runDueJobs(instanceId);
    Task draft = task(instanceId);
    assertThat(draft.getAssignee()).isEqualTo(DemoUser.ASSISTANT_LIU);
    long quoteId =
        ((Number)
                taskService.getVariable(
                    draft.getId(), QuoteApprovalProcess.Variables.QUOTE_ID.name()))
            .longValue();
    JsonNode quote = engine.get("/api/quotes/" + quoteId, DemoUser.ASSISTANT_LIU);
    assertThat(quote.at("/current/lines")).hasSize(2);
    assertThat(quote.at("/current/lines/1/quantity").decimalValue()).isEqualByComparingTo("50");
    assertThat(quote.at("/current/lines/0/listPrice").decimalValue()).isEqualByComparingTo("18");
  }

  /** What Tasklist's start form submits. */
  private static String startForm(String lines) {
    return "{\"variables\": {\"customerCode\": {\"value\": \"C001\"},"
        + " \"currency\": {\"value\": \"CNY\"}, \"validityDays\": {\"value\": 30, \"type\": \"Long\"},"
        + " \"inquiryLinesText\": {\"value\": \""
        + lines
        + "\"}}}";
  }

  @Test
  void tasklistsSearchFindsTheTaskByTheQuoteNumberAndItsCardShowsNumberAndCustomer() {
    JsonNode quote =
        register(
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "currency": "CNY", "validityDays": 30,
         "lines": [{"productCode": "EC-R0603-103", "quantity": 10}]}"""
                .formatted(customerId));
    engine.runDueJobs(quote.get("processInstanceId").asText());
    String number = quote.get("quoteNumber").asText();
    JsonNode filters =
        engine.get(
            "/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=50&owner="
                + DemoUser.ASSISTANT_LIU,
            DemoUser.ASSISTANT_LIU);
    JsonNode myTasks = null;
    for (JsonNode filter : filters) {
      if (filter.get("name").asText().equals("我的任务")) {
        myTasks = filter;
      }
    }
    assertThat(myTasks).as("我的任务").isNotNull();
    assertThat(myTasks.at("/properties/variables").findValuesAsText("label"))
        .contains("报价单号", "客户");

    // what Tasklist's search sends for 流程实例业务键 = the number
    HttpResponse<String> found =
        web.postJson(
            "/engine-rest/filter/"
                + myTasks.get("id").asText()
                + "/list?firstResult=0&maxResults=15",
            DemoUser.ASSISTANT_LIU,
            "{\"processInstanceBusinessKey\": \"" + number + "\"}");
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    JsonNode tasks = engine.read(found.body());
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("processInstanceId").asText())
        .isEqualTo(quote.get("processInstanceId").asText());
    HttpResponse<String> none =
        web.postJson(
            "/engine-rest/filter/"
                + myTasks.get("id").asText()
                + "/list?firstResult=0&maxResults=15",
            DemoUser.ASSISTANT_LIU,
            "{\"processInstanceBusinessKey\": \"BJ-1999-99999\"}");
    assertThat(engine.read(none.body())).isEmpty();
  }

  private JsonNode register(String user, String inquiry) {
    HttpResponse<String> response = web.postJson("/api/quotes", user, inquiry);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return engine.read(response.body());
  }

  private QuoteWalk walk() {
    return new QuoteWalk(web, engine, taskService);
  }

  private int completeDraft(Task draft, String user, String... unitPrices) {
    return walk().completeDraft(draft, user, unitPrices);
  }

  private HttpResponse<String> completeDraftResponse(
      Task draft, String user, String... unitPrices) {
    return walk().completeDraftResponse(draft, user, unitPrices);
  }

  private int sign(Task task, String user, String decision, String comment) {
    return walk().sign(task, user, decision, comment);
  }

  private int respond(
      Task task, String user, String response, String acceptedLines, String reason) {
    return walk().respond(task, user, response, acceptedLines, reason);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
