package com.gendan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gendan.Tasklist;
import com.gendan.WebClient;
import com.gendan.conduct.ConductReviewProcess;
import com.gendan.identity.DemoUser;
import com.gendan.mail.OutboxSettling;
import com.gendan.order.OrderFlowTest;
import com.gendan.statement.StatementExamples;
import com.gendan.statement.StatementService;
import com.gendan.web.ApiExceptionHandler;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks every operation of Gendan's OpenAPI document ({@code /v3/api-docs}) and sends, for every
 * field of its body and every path and query parameter, values an attacker (or a careless script)
 * would: empty, 1 MB of text, the wrong JSON type, huge and tiny numbers, a megabyte of digits,
 * exponents, more decimals than stored, control characters, a code that differs from an existing
 * one only in letter case. Each must be refused with a 4xx (a body field named in the problem),
 * answered within {@link #BOUND}, and change nothing in Gendan's tables or Camunda's runtime
 * tables. Every operation needs a valid example below (which is checked to be accepted), so a new
 * endpoint cannot escape this test.
 */
class HostileApiInputTest extends OrderFlowTest {

  /**
   * A safety bound per request, not a benchmark: a hostile value must never pin a thread, which
   * would hold it far longer. Generous, as the shared 2-core machines stall a request now and then
   * by a second under load.
   */
  private static final Duration BOUND = Duration.ofSeconds(3);

  private static final Duration GIVE_UP = Duration.ofSeconds(10);
  private static final String MEGABYTE_TEXT = "x".repeat(1_000_000);
  private static final String MEGABYTE_DIGITS = "9".repeat(1_000_000);
  private static final String MARKER = "\"@@hostile@@\"";

  /**
   * Runtime tables that change by themselves: metrics, and the Tasklist filters that a scheduled
   * job keeps fresh. Everything else must stay as it was.
   */
  private static final Set<String> UNWATCHED =
      Set.of("ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG", "ACT_RU_FILTER");

  /** The operations whose body is a file, not JSON, and the type their examples send. */
  private static final Map<String, String> FILE_BODIES =
      Map.of("POST /api/complaints/{idOrNumber}/attachments", "application/pdf");

  @Autowired JdbcClient jdbcClient;
  @Autowired StatementService statementService;
  @Autowired TransactionTemplate transactions;

  private static Duration slowest = Duration.ZERO;
  private static String slowestCase = "none";

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @TestFactory
  Stream<DynamicNode> everyOperationRefusesHostileInputQuicklyAndSavesNothing() {
    JsonNode docs = engine.get("/v3/api-docs", DemoUser.SALES_MANAGER);
    Map<String, Example> examples = examples();
    awaitOutboxSettled();
    List<DynamicNode> nodes = new ArrayList<>();
    Set<String> documented = new HashSet<>();
    docs.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        operation -> {
                          String key = operation.getKey().toUpperCase() + " " + path.getKey();
                          documented.add(key);
                          Example example = examples.get(key);
                          nodes.add(
                              example == null
                                  ? dynamicTest(
                                      key + " has a valid example in this test",
                                      () ->
                                          fail(
                                              "new operation %s: add a valid example to HostileApiInputTest.examples()",
                                              key))
                                  : dynamicContainer(
                                      key, cases(docs, key, operation.getValue(), example)));
                        }));
    examples.keySet().stream()
        .filter(key -> !documented.contains(key))
        .forEach(
            key ->
                nodes.add(
                    dynamicTest(
                        key + " is documented", () -> fail("%s is not in /v3/api-docs", key))));
    nodes.add(
        dynamicContainer(
            "the valid examples are accepted",
            examples.entrySet().stream()
                .map(
                    e ->
                        dynamicTest(
                            e.getKey(),
                            () -> {
                              HttpResponse<String> response =
                                  send(e.getKey(), e.getValue(), e.getValue().body());
                              assertThat(response.statusCode())
                                  .as(response.body())
                                  .isEqualTo(e.getValue().status());
                            }))));
    return nodes.stream();
  }

  @AfterAll
  static void reportTheSlowest() {
    System.out.printf("Slowest hostile input: %d ms (%s)%n", slowest.toMillis(), slowestCase);
  }

  // ------------------------------------------------------------------ the valid examples

  /** What each operation accepts, as whom, on documents made for this test. */
  private Map<String, Example> examples() {
    long suffix = System.nanoTime() % 1_000_000_000L;
    String customer =
        """
        {"code": "HX%d", "chineseName": "敌意输入测试客户", "englishName": "Hostile Input Ltd.",
         "tier": "secondary", "assistantUserId": "liuyang", "salesRepUserId": "wangqiang",
         "paymentTermsDays": 30, "creditLimit": 100000.50, "creditLimitCurrency": "CNY",
         "statementDay": 25, "consignment": false, "creditHold": false,
         "standingRequirements": "外箱标签须印客户料号",
         "contacts": [{"name": "杨帆", "title": "采购经理", "phone": "0519-8888 1234",
                       "email": "yangfan@example.cn", "fax": "0519-8888 1235", "primary": true}],
         "addresses": [{"kind": "shipping", "text": "江苏省常州市武进区长虹路8号"}]}""";
    String product =
        """
        {"code": "HXP-%d", "name": "贴片二极管", "spec": "1N4148WS SOD-323", "unit": "盘",
         "listPrice": 25.5, "floorPrice": 21.125, "currency": "CNY", "leadTimeDays": 14,
         "minimumOrderQuantity": 10.5}""";
    long customerToChange = created("/api/customers", customer.formatted(suffix));
    long productToChange = created("/api/products", product.formatted(suffix));
    long quote =
        created(
            DemoUser.ASSISTANT_LIU,
            "/api/quotes",
            """
        {"customerId": %d, "lines": [{"productCode": "%s", "quantity": 100}]}"""
                .formatted(customerId, PRODUCT));
    String sample =
        """
        {"customerId": %d, "productCode": "%s", "specText": "无铅", "quantity": 10.5, "unit": "只",
         "purpose": "客户来料测试", "charged": false, "sampleValue": 100.25, "targetDate": "%s"}"""
            .formatted(customerId, PRODUCT, LocalDate.now().plusDays(10));
    JsonNode sampleToWithdraw = createdDocument(DemoUser.ASSISTANT_LIU, "/api/samples", sample);
    String sampleNumber = sampleToWithdraw.get("sampleNumber").asText();
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "fax", "35");
    plan(order);
    long orderId = order.get("id").asLong();
    // a shipment to read, of an order of its own: the examples below change and cancel this one
    JsonNode shipped = register(DemoUser.ASSISTANT_LIU, "fax", "35");
    plan(shipped);
    String shipmentNumber = goodsReady(shipped, "10").get("shipmentNumber").asText();
    // a change request to read, and an order of its own to open one on (one open request an order)
    JsonNode changeRequest =
        createdDocument(
            DemoUser.ASSISTANT_LIU,
            "/api/orders/"
                + register(DemoUser.ASSISTANT_LIU, "fax", "35").get("id").asLong()
                + "/change-requests",
            "{\"kind\": \"CANCEL\", \"reason\": \"客户取消\"}");
    long orderToChange = register(DemoUser.ASSISTANT_LIU, "fax", "35").get("id").asLong();
    String complaint =
        """
        {"customerId": %d, "orderId": %d, "category": "PACKAGING", "severity": "MINOR",
         "description": "外箱破损"}"""
            .formatted(customerId, shipped.get("id").asLong());
    String complaintNumber =
        createdDocument(DemoUser.ASSISTANT_LIU, "/api/complaints", complaint)
            .get("complaintNumber")
            .asText();
    String pdf = "%PDF-1.4 客诉照片说明";
    HttpResponse<String> attached =
        web.postBytes(
            "/api/complaints/" + complaintNumber + "/attachments?fileName=note.pdf",
            DemoUser.ASSISTANT_LIU,
            "application/pdf",
            pdf.getBytes(StandardCharsets.UTF_8));
    assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
    long attachmentId = engine.read(attached.body()).get("id").asLong();

    // an invoiced statement to read, of a month no other test states (the clock is today's)
    StatementExamples.Invoiced statement =
        StatementExamples.invoiced(
            jdbcClient,
            statementService,
            transactions,
            customerId,
            LocalDate.now().withDayOfMonth(1).minusMonths(1 + suffix % 100));

    Map<String, Example> examples = new LinkedHashMap<>();
    examples.put("GET /api/customers", get(DemoUser.SALES_MANAGER, Map.of()));
    examples.put("GET /api/customers/{id}", get(DemoUser.SALES_MANAGER, Map.of("id", customerId)));
    examples.put(
        "GET /api/customers/{id}/changes", get(DemoUser.SALES_MANAGER, Map.of("id", customerId)));
    examples.put("GET /api/products", get(DemoUser.SALES_MANAGER, Map.of()));
    examples.put(
        "GET /api/products/{id}", get(DemoUser.SALES_MANAGER, Map.of("id", productToChange)));
    examples.put(
        "GET /api/quotes/{idOrNumber}", get(DemoUser.ASSISTANT_LIU, Map.of("idOrNumber", quote)));
    examples.put(
        "GET /api/quotes/{idOrNumber}/document",
        new Example(
            DemoUser.ASSISTANT_LIU, Map.of("idOrNumber", quote), Map.of(), null, 404, Map.of()));
    examples.put("GET /api/quotes", list(DemoUser.ASSISTANT_LIU, "DRAFTING"));
    examples.put(
        "GET /api/quotes/verification",
        new Example(
            DemoUser.ASSISTANT_LIU,
            Map.of(),
            Map.of("code", "ABCD-EFGH-JKLM-NPQR"),
            null,
            404,
            Map.of()));
    examples.put(
        "GET /api/price-agreements",
        new Example(
            DemoUser.ASSISTANT_LIU,
            Map.of(),
            Map.of("customer", String.valueOf(customerId), "date", LocalDate.now().toString()),
            null,
            200,
            Map.of()));
    examples.put(
        "GET /api/samples/{idOrNumber}",
        get(DemoUser.ASSISTANT_LIU, Map.of("idOrNumber", sampleNumber)));
    examples.put("GET /api/samples", list(DemoUser.ASSISTANT_LIU, "PREPARING"));
    examples.put(
        "GET /api/sample-approvals",
        new Example(
            DemoUser.ASSISTANT_LIU,
            Map.of(),
            Map.of("customer", String.valueOf(customerId)),
            null,
            200,
            Map.of()));
    examples.put(
        "GET /api/orders/{idOrNumber}",
        get(DemoUser.ASSISTANT_LIU, Map.of("idOrNumber", order.get("orderNumber").asText())));
    examples.put("GET /api/orders", list(DemoUser.ASSISTANT_LIU, "PLANNED"));
    examples.put(
        "GET /api/shipments/{idOrNumber}",
        get(DemoUser.ASSISTANT_LIU, Map.of("idOrNumber", shipmentNumber)));
    examples.put("GET /api/shipments", list(DemoUser.ASSISTANT_LIU, "READY"));
    examples.put(
        "GET /api/change-requests/{idOrNumber}",
        get(
            DemoUser.ASSISTANT_LIU,
            Map.of("idOrNumber", changeRequest.get("requestNumber").asText())));
    examples.put("GET /api/change-requests", list(DemoUser.ASSISTANT_LIU, "ASSESSING"));
    examples.put(
        "GET /api/complaints/{idOrNumber}",
        get(DemoUser.ASSISTANT_LIU, Map.of("idOrNumber", complaintNumber)));
    examples.put("GET /api/complaints", list(DemoUser.ASSISTANT_LIU, "INVESTIGATING"));
    examples.put(
        "GET /api/complaints/{idOrNumber}/attachments/{attachmentId}",
        get(
            DemoUser.ASSISTANT_LIU,
            Map.of("idOrNumber", complaintNumber, "attachmentId", attachmentId)));
    examples.put(
        "POST /api/complaints/{idOrNumber}/attachments",
        new Example(
            DemoUser.ASSISTANT_LIU,
            Map.of("idOrNumber", complaintNumber),
            Map.of("fileName", "photo.pdf"),
            pdf,
            201,
            Map.of()));
    examples.put("POST /api/complaints", post(DemoUser.ASSISTANT_LIU, Map.of(), 201, complaint));
    String statementNumber = statement.statementNumber();
    examples.put(
        "GET /api/statements",
        query(
            DemoUser.ASSISTANT_LIU,
            Map.of(
                "customer",
                "c001",
                "period",
                statementNumber.substring(3, 7) + "-01",
                "status",
                "INVOICED",
                "page",
                "1",
                "size",
                "20")));
    for (String read : List.of("", "/pdf", "/excel")) {
      examples.put(
          "GET /api/statements/{idOrNumber}" + read,
          get(DemoUser.ASSISTANT_LIU, Map.of("idOrNumber", statementNumber.toLowerCase())));
    }
    examples.put(
        "POST /api/consumption",
        post(
            DemoUser.ASSISTANT_LIU,
            Map.of(),
            201,
            """
            {"customerId": %d, "orderNumber": "%s", "lineNo": 1, "quantity": 1.5,
             "consumedOn": "%s"}"""
                .formatted(
                    customerId,
                    StatementExamples.consumableOrder(jdbcClient, customerId).toLowerCase(),
                    LocalDate.now().minusDays(1))));
    examples.put(
        "GET /api/invoices",
        query(DemoUser.FINANCE, Map.of("customer", "c001", "page", "1", "size", "20")));
    examples.put(
        "GET /api/invoices/{id}", get(DemoUser.ASSISTANT_LIU, Map.of("id", statement.invoiceId())));
    examples.put(
        "GET /api/invoices/{id}/chases",
        get(DemoUser.ASSISTANT_LIU, Map.of("id", statement.invoiceId())));
    examples.put(
        "POST /api/invoices/{id}/payments",
        post(
            DemoUser.FINANCE,
            Map.of("id", statement.invoiceId()),
            201,
            """
            {"amount": 100.25, "paidOn": "%s", "reference": "hx-%d"}"""
                .formatted(LocalDate.now().minusDays(1), suffix)));
    examples.put("GET /api/reports/receivables-aging", get(DemoUser.FINANCE, Map.of()));
    examples.put("GET /api/reports/receivables-aging.xlsx", get(DemoUser.ASSISTANT_LIU, Map.of()));

    Map<String, String> takenCustomerCode = Map.of("code", "c001");
    Map<String, String> takenProductCode = Map.of("code", PRODUCT.toLowerCase());
    examples.put(
        "POST /api/customers",
        new Example(
            DemoUser.SALES_MANAGER,
            Map.of(),
            Map.of(),
            customer.formatted(suffix + 1),
            201,
            takenCustomerCode));
    examples.put(
        "PUT /api/customers/{id}",
        new Example(
            DemoUser.SALES_MANAGER,
            Map.of("id", customerToChange),
            Map.of(),
            customer.formatted(suffix),
            200,
            takenCustomerCode));
    examples.put(
        "POST /api/products",
        new Example(
            DemoUser.SALES_MANAGER,
            Map.of(),
            Map.of(),
            product.formatted(suffix + 1),
            201,
            takenProductCode));
    examples.put(
        "PUT /api/products/{id}",
        new Example(
            DemoUser.SALES_MANAGER,
            Map.of("id", productToChange),
            Map.of(),
            product.formatted(suffix),
            200,
            takenProductCode));
    examples.put(
        "POST /api/quotes",
        post(
            DemoUser.ASSISTANT_LIU,
            Map.of(),
            201,
            """
        {"customerId": %d, "currency": "CNY", "validityDays": 30, "note": "年度询价",
         "lines": [{"productCode": "%s", "quantity": 100.5, "targetPrice": 30.125}]}"""
                .formatted(customerId, PRODUCT)));
    examples.put("POST /api/samples", post(DemoUser.ASSISTANT_LIU, Map.of(), 201, sample));
    examples.put(
        "POST /api/samples/{id}/withdrawal",
        post(
            DemoUser.ASSISTANT_LIU,
            Map.of("id", sampleToWithdraw.get("id").asLong()),
            204,
            "{\"reason\": \"客户不再需要\"}"));
    examples.put(
        "POST /api/orders",
        post(
            DemoUser.ASSISTANT_LIU,
            Map.of(),
            201,
            """
        {"customerId": %d, "channel": "FAX", "customerPo": "PO-HOSTILE",
         "receivedAt": "2026-11-27T09:00:00+08:00", "currency": "CNY",
         "specialRequirements": "%s", "lines": [{"productCode": "%s", "spec": "无铅",
         "quantity": 100.5, "unitPrice": 35.125, "requestedDate": "%s"}]}"""
                .formatted(customerId, STANDING, PRODUCT, LocalDate.now().plusDays(20))));
    examples.put(
        "POST /api/orders/{id}/goods-ready",
        post(
            DemoUser.PRODUCTION,
            Map.of("id", orderId),
            201,
            "{\"lines\": [{\"lineNo\": 1, \"quantity\": 10.5}], \"note\": \"首批\"}"));
    examples.put(
        "POST /api/orders/{id}/exceptions",
        post(
            DemoUser.PRODUCTION,
            Map.of("id", orderId),
            201,
            "{\"kind\": \"LATE\", \"description\": \"模具损坏\"}"));
    // before the change, after which the order waits for production to confirm its plan again
    examples.put(
        "POST /api/shortages",
        post(
            DemoUser.PRODUCTION,
            Map.of(),
            201,
            "{\"productCode\": \"%s\", \"availableQuantity\": 5.5}".formatted(PRODUCT)));
    examples.put(
        "POST /api/orders/{id}/change-requests",
        post(
            DemoUser.ASSISTANT_LIU,
            Map.of("id", orderToChange),
            201,
            """
        {"kind": "CHANGE", "reason": "客户追加并改规格", "lines": [{"lineNo": 1, "quantity": 150.5,
         "requestedDate": "%s", "spec": "无铅 编带"}]}"""
                .formatted(LocalDate.now().plusDays(30))));
    // repairs without a signed request are the administrator's
    examples.put(
        "POST /api/orders/{id}/changes",
        post(
            HttpSecurityTest.ADMIN,
            Map.of("id", orderId),
            200,
            """
        {"reason": "客户追加", "lines": [{"lineNo": 1, "quantity": 150.5,
         "requestedDate": "%s"}]}"""
                .formatted(LocalDate.now().plusDays(30))));
    examples.put(
        "POST /api/orders/{id}/cancellation",
        post(HttpSecurityTest.ADMIN, Map.of("id", orderId), 200, "{\"reason\": \"客户取消\"}"));
    // credit-hold releases: two orders of a customer of liuyang's on credit hold, stopped at
    // review; a release of the first to read, the second for the example to request
    long customerOnHold =
        created(
            "/api/customers",
            customer
                .formatted(suffix + 2)
                .replace("\"creditHold\": false", "\"creditHold\": true"));
    JsonNode heldForRead = heldOrder(customerOnHold);
    JsonNode heldForRequest = heldOrder(customerOnHold);
    String releaseBody =
        """
        {"orderNumber": "%s", "amount": 3500.25, "reason": "客户承诺月底前付清",
         "validUntil": "%s"}""";
    String releaseNumber =
        createdDocument(
                DemoUser.ASSISTANT_LIU,
                "/api/credit-hold-releases",
                releaseBody.formatted(
                    heldForRead.get("orderNumber").asText(), LocalDate.now().plusDays(5)))
            .get("releaseNumber")
            .asText();
    examples.put(
        "POST /api/credit-hold-releases",
        post(
            DemoUser.ASSISTANT_LIU,
            Map.of(),
            201,
            releaseBody.formatted(
                heldForRequest.get("orderNumber").asText().toLowerCase(),
                LocalDate.now().plusDays(5))));
    examples.put("GET /api/credit-hold-releases", list(DemoUser.ASSISTANT_LIU, "APPROVED"));
    examples.put(
        "GET /api/credit-hold-releases/{idOrNumber}",
        get(DemoUser.ASSISTANT_LIU, Map.of("idOrNumber", releaseNumber)));
    // a conduct case of liuyang's to read, reported in Tasklist by her own sales manager
    HttpResponse<String> reported =
        Tasklist.login(port, json, DemoUser.SALES_MANAGER)
            .start(
                ConductReviewProcess.KEY,
                Map.of(
                    "assistant", DemoUser.ASSISTANT_LIU,
                    "conductKind", "commendation",
                    "category", "suggestionAdopted",
                    "facts", "提出的对帐流程改进被采纳",
                    "occurredOn", LocalDate.now().minusDays(1).toString()));
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
    String conductNumber =
        jdbcClient
            .sql("select case_number from conduct_case where process_instance_id = ?")
            .param(engine.read(reported.body()).get("id").asText())
            .query(String.class)
            .single();
    examples.put(
        "GET /api/conduct-records",
        query(DemoUser.SALES_MANAGER, Map.of("assistant", DemoUser.ASSISTANT_LIU)));
    examples.put(
        "GET /api/conduct-records/{idOrNumber}",
        get(DemoUser.SALES_MANAGER, Map.of("idOrNumber", conductNumber)));
    auditExamples(examples, order.get("orderNumber").asText(), shipped);
    return examples;
  }

  /** An order of 100 at 35 for the customer on credit hold, stopped at review for finance. */
  private JsonNode heldOrder(long customer) {
    JsonNode order =
        register(
            DemoUser.ASSISTANT_LIU,
            "fax",
            customer,
            PRODUCT,
            "100",
            "35",
            LocalDate.now().plusDays(20),
            "外箱标签须印客户料号");
    reviewed(order);
    return order;
  }

  /** The audit and team views' reads, as the auditor and the sales manager make them. */
  private static void auditExamples(
      Map<String, Example> examples, String orderNumber, JsonNode order) {
    String today = LocalDate.now().toString();
    String monthAgo = LocalDate.now().minusDays(30).toString();
    Map<String, String> days = Map.of("from", monthAgo, "to", today);
    examples.put("GET /api/audit/views", get(DemoUser.AUDITOR, Map.of()));
    examples.put(
        "GET /api/audit/instances",
        query(
            DemoUser.AUDITOR,
            Map.of(
                "document", orderNumber,
                "customer", "c001",
                "process", "salesOrder",
                "state", "RUNNING",
                "from", monthAgo,
                "to", today,
                "page", "1",
                "size", "20")));
    examples.put(
        "GET /api/audit/instances/{id}",
        get(DemoUser.AUDITOR, Map.of("id", order.get("processInstanceId").asText())));
    examples.put("GET /api/audit/reports/late-tasks", query(DemoUser.AUDITOR, days));
    examples.put("GET /api/audit/reports/late-tasks.xlsx", query(DemoUser.AUDITOR, days));
    Map<String, String> waits = new LinkedHashMap<>(days);
    waits.put("top", "3");
    examples.put("GET /api/audit/reports/longest-waits", query(DemoUser.AUDITOR, waits));
    examples.put("GET /api/audit/reports/longest-waits.xlsx", query(DemoUser.AUDITOR, waits));
    Map<String, String> reads = new LinkedHashMap<>(days);
    reads.putAll(Map.of("customer", "c001", "user", "liuyang", "page", "1", "size", "20"));
    examples.put("GET /api/audit/reports/document-reads", query(DemoUser.AUDITOR, reads));
    examples.put("GET /api/audit/reports/document-reads.xlsx", query(DemoUser.AUDITOR, reads));
    examples.put("GET /api/team/workload", get(DemoUser.SALES_MANAGER, Map.of()));
    examples.put("GET /api/team/stuck", get(DemoUser.SALES_MANAGER, Map.of()));
    Map<String, String> lastMonth = Map.of("month", YearMonth.now().minusMonths(1).toString());
    examples.put("GET /api/scorecards", query(DemoUser.SALES_MANAGER, lastMonth));
    examples.put("GET /api/scorecards.xlsx", query(DemoUser.SALES_MANAGER, lastMonth));
    Map<String, String> closedMonth = new LinkedHashMap<>(lastMonth);
    closedMonth.putAll(Map.of("customer", "c001", "page", "1", "size", "20"));
    examples.put("GET /api/archive", query(DemoUser.ASSISTANT_LIU, closedMonth));
    examples.put("GET /api/usage-statements", query(DemoUser.WAREHOUSE, closedMonth));
  }

  private static Example query(String user, Map<String, String> query) {
    return new Example(user, Map.of(), query, null, 200, Map.of());
  }

  private static Example get(String user, Map<String, Object> path) {
    return new Example(user, path, Map.of(), null, 200, Map.of());
  }

  private static Example post(String user, Map<String, Object> path, int status, String body) {
    return new Example(user, path, Map.of(), body, status, Map.of());
  }

  private long created(String path, String body) {
    return created(DemoUser.SALES_MANAGER, path, body);
  }

  private long created(String user, String path, String body) {
    return createdDocument(user, path, body).get("id").asLong();
  }

  private JsonNode createdDocument(String user, String path, String body) {
    HttpResponse<String> response = web.postJson(path, user, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return engine.read(response.body());
  }

  /** A page of a document list, filtered by customer and status. */
  private static Example list(String user, String status) {
    return new Example(
        user,
        Map.of(),
        Map.of("customer", "c001", "status", status, "page", "1", "size", "20"),
        null,
        200,
        Map.of());
  }

  /** The mails of the set-up are out, so the outbox does not change under the cases. */
  private void awaitOutboxSettled() {
    OutboxSettling.awaitDueMailsSent(jdbc, Duration.ofSeconds(30));
  }

  // ------------------------------------------------------------------ the hostile cases

  private Stream<DynamicNode> cases(
      JsonNode docs, String operation, JsonNode spec, Example example) {
    List<DynamicNode> cases = new ArrayList<>();
    for (JsonNode parameter : spec.path("parameters")) {
      String name = parameter.get("name").asText();
      boolean inPath = "path".equals(parameter.get("in").asText());
      for (Hostile hostile : parameterValues(parameter)) {
        cases.add(
            dynamicTest(
                parameter.get("in").asText() + " " + name + " = " + hostile.label(),
                () -> {
                  Map<String, Object> path = new LinkedHashMap<>(example.path());
                  Map<String, String> query = new LinkedHashMap<>(example.query());
                  if (inPath) {
                    path.put(name, hostile.value());
                  } else {
                    query.put(name, hostile.value());
                  }
                  refused(
                      operation + " " + name + " = " + hostile.label(),
                      () ->
                          send(
                              operation,
                              new Example(example.user(), path, query, null, 0, Map.of()),
                              example.body()),
                      null);
                }));
      }
    }
    JsonNode schema = spec.at("/requestBody/content/application~1json/schema");
    if (schema.isMissingNode()) {
      return cases.stream();
    }
    JsonNode base = engine.read(example.body());
    for (Hostile hostile :
        List.of(
            new Hostile("not JSON", "{\"x"),
            new Hostile("empty", ""),
            new Hostile("a JSON array", "[]"),
            new Hostile("null", "null"))) {
      cases.add(
          dynamicTest(
              "body = " + hostile.label(),
              () ->
                  refused(
                      operation + " body = " + hostile.label(),
                      () -> send(operation, example, hostile.value()),
                      null)));
    }
    List<String> unknown = new ArrayList<>();
    List<Field> fields = fields(docs, schema, base, "", "", unknown);
    cases.add(
        dynamicTest(
            "the API docs describe every field of the example",
            () ->
                assertThat(unknown)
                    .as("fields of the valid example that the API docs do not describe")
                    .isEmpty()));
    for (Field field : fields) {
      cases.add(
          dynamicTest(field.display() + " is bounded in the API docs", () -> assertBounded(field)));
      for (Hostile hostile : bodyValues(field, example)) {
        String body = replace(base, field.pointer(), hostile.value());
        cases.add(
            dynamicTest(
                field.display() + " = " + hostile.label(),
                () ->
                    refused(
                        operation + " " + field.display() + " = " + hostile.label(),
                        () -> send(operation, example, body),
                        field.display())));
      }
    }
    return cases.stream();
  }

  /** Sends it; asserts a 4xx (naming the field, if one is given), in time, nothing saved. */
  private void refused(String name, Request request, String field) throws Exception {
    Map<String, String> before = fingerprint();
    long start = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = request.send();
    } catch (HttpTimeoutException e) {
      throw new AssertionError(name + " got no answer within " + GIVE_UP, e);
    } catch (IOException e) {
      // Tomcat answers a request line or headers over its limit (a megabyte in the path or the
      // query) with 400 and closes the connection, often before the client has read the answer
      if (!name.contains("1 MB")
          || !(e.getMessage() + "")
              .matches(".*(received no bytes|Connection reset|Broken pipe|closed).*")) {
        throw e;
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .as("time of %s", name)
          .isLessThan(BOUND);
      assertThat(fingerprint()).as("what is stored after %s", name).isEqualTo(before);
      return;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    record(name, took);
    String body = abbreviated(response.body());
    assertThat(response.statusCode()).as("status of %s: %s", name, body).isBetween(400, 499);
    assertThat(took).as("time of %s", name).isLessThan(BOUND);
    assertThat(fingerprint()).as("what is stored after %s", name).isEqualTo(before);
    if (field != null && response.statusCode() != 413) {
      assertThat(response.statusCode()).as("status of %s: %s", name, body).isIn(400, 409);
      JsonNode problem = engine.read(response.body());
      List<String> named = new ArrayList<>();
      problem.path(ApiExceptionHandler.ERRORS).forEach(e -> named.add(e.path("field").asText()));
      assertThat(named.stream().map(HostileApiInputTest::withoutIndexes))
          .as("fields named by %s: %s", name, body)
          .contains(withoutIndexes(field));
    }
  }

  private static synchronized void record(String name, Duration took) {
    if (took.compareTo(slowest) > 0) {
      slowest = took;
      slowestCase = name;
    }
  }

  /** {@code lines[0].quantity} and {@code lines[lineNo=1].quantity} name the same field. */
  private static String withoutIndexes(String field) {
    return field.replaceAll("\\[[^]]*]", "[]");
  }

  private static String abbreviated(String text) {
    return text.length() > 500 ? text.substring(0, 500) + "…" : text;
  }

  private static List<Hostile> parameterValues(JsonNode parameter) {
    List<Hostile> values = new ArrayList<>();
    String type = parameter.at("/schema/type").asText();
    if (parameter.path("required").asBoolean()) {
      values.add(new Hostile("empty", ""));
    }
    values.add(new Hostile("1 MB", "integer".equals(type) ? MEGABYTE_DIGITS : MEGABYTE_TEXT));
    values.add(new Hostile("NUL", "a\u0000b"));
    values.add(new Hostile("ESC", "\u001b[2J"));
    if ("integer".equals(type)) {
      values.add(new Hostile("text", "abc"));
      Stream.of("1e10000000", "-1e10000000", "1e-10000000", "1e20", "1.2345")
          .map(n -> new Hostile(n, n))
          .forEach(values::add);
    } else if ("date".equals(parameter.at("/schema/format").asText())) {
      values.add(new Hostile("impossible date", "2026-13-45"));
    }
    return values;
  }

  private static List<Hostile> bodyValues(Field field, Example example) {
    List<Hostile> values = new ArrayList<>();
    JsonNode schema = field.schema();
    String type = schema.path("type").asText();
    String wrongType = "{\"x\": 1}";
    if (field.required()) {
      values.add(new Hostile("null", "null"));
    }
    switch (type) {
      case "string" -> {
        if (field.required()) {
          values.add(new Hostile("empty", "\"\""));
        }
        values.add(new Hostile("1 MB", quoted(MEGABYTE_TEXT)));
        values.add(new Hostile("NUL", "\"a\\u0000b\""));
        values.add(new Hostile("ESC", "\"\\u001b[2J\""));
        values.add(new Hostile("wrong type", wrongType));
        if (schema.has("enum")) {
          values.add(new Hostile("unknown value", "\"no-such-value\""));
        }
        if (schema.path("format").asText().startsWith("date")) {
          values.add(new Hostile("impossible date", "\"2026-13-45\""));
        }
        String variant = example.caseVariants().get(field.display());
        if (variant != null) {
          values.add(new Hostile("case variant of an existing code " + variant, quoted(variant)));
        }
      }
      case "number", "integer" -> {
        if (field.required()) {
          values.add(new Hostile("empty", "\"\""));
        }
        values.add(new Hostile("wrong type", wrongType));
        values.add(new Hostile("text", "\"abc\""));
        Stream.of("1e10000000", "-1e10000000", "1e-10000000", "1e20")
            .map(n -> new Hostile(n, n))
            .forEach(values::add);
        values.add(new Hostile("1 MB of digits", MEGABYTE_DIGITS));
        values.add(new Hostile("1 MB of digits as text", quoted(MEGABYTE_DIGITS)));
        int decimals = Math.max(4, scale(schema) + 1);
        values.add(new Hostile(decimals + " decimals", "1." + "2345678901".substring(0, decimals)));
        if (schema.has("maximum")) {
          String above = schema.get("maximum").decimalValue().add(step(schema)).toPlainString();
          values.add(new Hostile("above the maximum " + above, above));
        }
        if (schema.has("minimum")) {
          String below =
              schema.get("minimum").decimalValue().subtract(step(schema)).toPlainString();
          values.add(new Hostile("below the minimum " + below, below));
        }
      }
      case "boolean" -> {
        values.add(new Hostile("wrong type", wrongType));
        values.add(new Hostile("text", "\"abc\""));
      }
      case "array" -> {
        values.add(new Hostile("wrong type", "\"x\""));
        if (schema.path("minItems").asInt() > 0) {
          values.add(new Hostile("no items", "[]"));
        }
        if (schema.has("maxItems")) {
          int count = schema.get("maxItems").asInt() + 1;
          String item = field.example().path(0).toString();
          values.add(
              new Hostile(
                  count + " items",
                  IntStream.range(0, count)
                      .mapToObj(i -> item)
                      .collect(Collectors.joining(",", "[", "]"))));
        }
      }
      default -> values.add(new Hostile("wrong type", "\"x\""));
    }
    return values;
  }

  /** Decimals the number keeps (its {@code multipleOf}), 0 for an integer. */
  private static int scale(JsonNode schema) {
    return schema.has("multipleOf")
        ? schema.get("multipleOf").decimalValue().stripTrailingZeros().scale()
        : 0;
  }

  private static BigDecimal step(JsonNode schema) {
    return schema.has("multipleOf") ? schema.get("multipleOf").decimalValue() : BigDecimal.ONE;
  }

  /** A field the API docs leave unbounded is one an attacker can fill with anything. */
  private static void assertBounded(Field field) {
    JsonNode schema = field.schema();
    switch (schema.path("type").asText()) {
      case "string" ->
          assertThat(
                  schema.has("maxLength")
                      || schema.has("enum")
                      || schema.path("format").asText().startsWith("date"))
              .as("%s has a maxLength, an enum or a date format: %s", field.display(), schema)
              .isTrue();
      case "number" ->
          assertThat(List.of("maximum", "minimum", "multipleOf"))
              .as("%s is bounded: %s", field.display(), schema)
              .allMatch(schema::has);
      case "array" ->
          assertThat(schema.has("maxItems"))
              .as("%s has a maxItems: %s", field.display(), schema)
              .isTrue();
      default -> assertThat(schema.path("type").asText()).as(field.display()).isNotBlank();
    }
  }

  // ------------------------------------------------------------------ the API docs

  /** The fields of a body schema, nested objects and the first item of lists included. */
  private List<Field> fields(
      JsonNode docs,
      JsonNode schema,
      JsonNode example,
      String pointer,
      String display,
      List<String> unknown) {
    JsonNode object = resolve(docs, schema);
    JsonNode properties = object.path("properties");
    example
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!properties.has(name)) {
                unknown.add(
                    (display.isEmpty() ? "" : display + ".") + name + " (schema " + object + ")");
              }
            });
    Set<String> required = new HashSet<>();
    object.path("required").forEach(name -> required.add(name.asText()));
    List<Field> fields = new ArrayList<>();
    properties
        .fields()
        .forEachRemaining(
            property -> {
              String name = property.getKey();
              JsonNode resolved = resolve(docs, property.getValue());
              String at = pointer + "/" + name;
              String shown = display.isEmpty() ? name : display + "." + name;
              fields.add(
                  new Field(at, shown, resolved, required.contains(name), example.path(name)));
              JsonNode items = resolve(docs, resolved.path("items"));
              if ("array".equals(resolved.path("type").asText())
                  && "object".equals(items.path("type").asText())) {
                if (!example.path(name).path(0).isObject()) {
                  unknown.add(shown + "[0] (the example has no item)");
                }
                fields.addAll(
                    fields(
                        docs,
                        items,
                        example.path(name).path(0),
                        at + "/0",
                        shown + "[0]",
                        unknown));
              } else if ("object".equals(resolved.path("type").asText())) {
                fields.addAll(fields(docs, resolved, example.path(name), at, shown, unknown));
              }
            });
    return fields;
  }

  private static JsonNode resolve(JsonNode docs, JsonNode schema) {
    String ref = schema.path("$ref").asText();
    return ref.isEmpty()
        ? schema
        : docs.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
  }

  /** The example with the value at {@code pointer} replaced by raw JSON text. */
  private String replace(JsonNode base, String pointer, String rawJson) {
    JsonNode copy = base.deepCopy();
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, slash));
    ((ObjectNode) parent).put(pointer.substring(slash + 1), "@@hostile@@");
    return copy.toString().replace(MARKER, rawJson);
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  // ------------------------------------------------------------------ HTTP and the database

  private HttpResponse<String> send(String operation, Example example, String body)
      throws IOException, InterruptedException {
    String method = operation.substring(0, operation.indexOf(' '));
    String path = operation.substring(operation.indexOf(' ') + 1);
    for (Map.Entry<String, Object> value : example.path().entrySet()) {
      path = path.replace("{" + value.getKey() + "}", encoded(String.valueOf(value.getValue())));
    }
    String query =
        example.query().entrySet().stream()
            .map(e -> e.getKey() + "=" + encoded(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:" + port + path + (query.isEmpty() ? "" : "?" + query)))
            .timeout(GIVE_UP)
            .header("Authorization", WebClient.basic(example.user()))
            .header("Accept", "application/json, application/problem+json, */*;q=0.1");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", FILE_BODIES.getOrDefault(operation, "application/json"))
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * Per table of Gendan's and of Camunda's runtime: the number of rows and an order-independent
   * checksum of their contents.
   */
  private Map<String, String> fingerprint() {
    List<String> tables =
        jdbc
            .queryForList(
                "select table_name from information_schema.tables"
                    + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'",
                String.class)
            .stream()
            .filter(t -> !t.startsWith("ACT_") || t.startsWith("ACT_RU_"))
            .filter(t -> !UNWATCHED.contains(t) && !t.equals("flyway_schema_history"))
            .toList();
    Map<String, String> fingerprint = new TreeMap<>();
    jdbc.execute(
        (Statement statement) -> {
          for (String table : tables) {
            long rows = 0;
            long sum = 0;
            try (ResultSet result = statement.executeQuery("select * from \"" + table + "\"")) {
              int columns = result.getMetaData().getColumnCount();
              while (result.next()) {
                CRC32 crc = new CRC32();
                for (int i = 1; i <= columns; i++) {
                  crc.update(
                      Objects.toString(result.getString(i), "\u0000null")
                          .getBytes(StandardCharsets.UTF_8));
                  crc.update(1);
                }
                rows++;
                sum += crc.getValue();
              }
            }
            fingerprint.put(table, rows + " rows, " + Long.toHexString(sum));
          }
          return null;
        });
    return fingerprint;
  }

  @FunctionalInterface
  private interface Request {
    HttpResponse<String> send() throws IOException, InterruptedException;
  }

  /**
   * A valid call of an operation: as whom, with which path and query values and body, the status it
   * is answered with, and for code fields a letter-case variant of another document's code.
   */
  private record Example(
      String user,
      Map<String, Object> path,
      Map<String, String> query,
      String body,
      int status,
      Map<String, String> caseVariants) {}

  /** A field of a body: where it is (JSON pointer), how errors name it, its schema. */
  private record Field(
      String pointer, String display, JsonNode schema, boolean required, JsonNode example) {}

  private record Hostile(String label, String value) {}
}
