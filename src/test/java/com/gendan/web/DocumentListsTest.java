package com.gendan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.customer.TestCustomers;
import com.gendan.document.DocumentLinks;
import com.gendan.identity.DemoUser;
import com.gendan.order.OrderFlowTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The documents as the API reads and lists them (issue 12): by id or by the number people know, in
 * lists of the caller's customers, newest first, filtered by customer and status, a page at a time;
 * bad parameters refused naming the field, in Chinese. Each test works on a customer of its own
 * (liuyang's and wangqiang's), so the lists hold exactly what it made.
 */
class DocumentListsTest extends OrderFlowTest {

  private static final String PRODUCT_OF_A_SAMPLE = "EC-R0603-103";
  private static final List<String> LISTS =
      List.of("/api/orders", "/api/quotes", "/api/samples", "/api/shipments");

  private String code;
  private long customer;

  @BeforeEach
  void aCustomerOfItsOwn() {
    Map<String, Object> created = TestCustomers.valid();
    code = (String) created.get("code");
    try {
      HttpResponse<String> response =
          web.postJson("/api/customers", DemoUser.SALES_MANAGER, json.writeValueAsString(created));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      customer = engine.read(response.body()).get("id").asLong();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void documentsAreReadByIdOrByTheirNumberInAnyLetterCase() {
    JsonNode order = order();
    JsonNode quote = created("/api/quotes", inquiry());
    JsonNode sample = created("/api/samples", sampleRequest());

    for (var read :
        Map.of(
                "/api/orders/", order.get("orderNumber").asText(),
                "/api/quotes/", quote.get("quoteNumber").asText(),
                "/api/samples/", sample.get("sampleNumber").asText())
            .entrySet()) {
      String number = read.getValue();
      JsonNode byNumber = engine.get(read.getKey() + number, DemoUser.REP_WANG);
      assertThat(engine.get(read.getKey() + number.toLowerCase(), DemoUser.ASSISTANT_LIU))
          .isEqualTo(byNumber);
      assertThat(engine.get(read.getKey() + byNumber.get("id").asLong(), DemoUser.AUDITOR))
          .isEqualTo(byNumber);
      HttpResponse<String> notTheirs = web.get(read.getKey() + number, DemoUser.ASSISTANT_CHEN);
      assertThat(notTheirs.statusCode())
          .as("another team's: as if it did not exist")
          .isEqualTo(404);
      assertThat(engine.read(notTheirs.body()).get("detail").asText()).contains("不存在", number);
    }
    HttpResponse<String> missing = web.get("/api/orders/XS-1999-99999", DemoUser.SALES_MANAGER);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(engine.read(missing.body()).get("detail").asText()).isEqualTo("订单不存在：XS-1999-99999");
    assertFieldProblem(
        web.get("/api/orders/BJ-2026-00001", DemoUser.SALES_MANAGER),
        "idOrNumber",
        "XS-2026-00001");
    assertFieldProblem(
        web.get("/api/quotes/not-a-number", DemoUser.SALES_MANAGER), "idOrNumber", "BJ-2026-00001");
    assertFieldProblem(
        web.get("/api/samples/99999999999999999999", DemoUser.SALES_MANAGER), "idOrNumber", "ID");
  }

  @Test
  void ordersAreListedNewestFirstByCustomerAndStatusAPageAtATime() {
    // no price agreed yet: review sends these two to correction
    JsonNode first = order();
    JsonNode second = order();
    agreePrice(customer, PRODUCT, "100", "35");
    // priced by the agreement: reviewed without findings, its plan issued to production
    JsonNode third = order();
    reviewed(third);

    JsonNode page1 = list("/api/orders?customer=" + code + "&size=2", DemoUser.ASSISTANT_LIU);
    assertThat(numbers(page1, "orderNumber"))
        .containsExactly(third.get("orderNumber").asText(), second.get("orderNumber").asText());
    assertThat(page1.get("page").asInt()).isEqualTo(1);
    assertThat(page1.get("size").asInt()).isEqualTo(2);
    assertThat(page1.get("total").asLong()).isEqualTo(3);
    assertThat(page1.get("totalExact").asBoolean()).isTrue();
    assertThat(page1.get("totalPages").asInt()).isEqualTo(2);
    assertThat(page1.get("hasNext").asBoolean()).isTrue();
    JsonNode item = page1.at("/items/0");
    assertThat(item.get("customerCode").asText()).isEqualTo(code);
    assertThat(item.get("statusLabel").asText()).isEqualTo("生产计划已下达");
    assertThat(item.get("channelLabel").asText()).isEqualTo("传真");
    assertThat(item.get("documentUrl").asText())
        .isEqualTo(DocumentLinks.order(third.get("orderNumber").asText()));

    JsonNode page2 =
        list("/api/orders?customer=" + code.toLowerCase() + "&size=2&page=2", DemoUser.REP_WANG);
    assertThat(numbers(page2, "orderNumber")).containsExactly(first.get("orderNumber").asText());
    assertThat(page2.get("hasNext").asBoolean()).isFalse();
    assertThat(page2.get("total").asLong()).isEqualTo(3);
    assertThat(
            list("/api/orders?customer=" + code + "&page=3&size=2", DemoUser.AUDITOR).get("items"))
        .isEmpty();

    assertThat(
            numbers(
                list("/api/orders?customer=" + code + "&status=CORRECTION", DemoUser.SALES_MANAGER),
                "orderNumber"))
        .containsExactly(second.get("orderNumber").asText(), first.get("orderNumber").asText());
    assertThat(
            list("/api/orders?customer=" + code + "&status=PLAN_ISSUED", DemoUser.ASSISTANT_LIU)
                .get("total")
                .asLong())
        .isEqualTo(1);
    assertThat(list("/api/orders?customer=&status=", DemoUser.ASSISTANT_LIU).get("total").asLong())
        .as("empty filters are no filters")
        .isGreaterThanOrEqualTo(3);

    for (String outsider : List.of(DemoUser.ASSISTANT_CHEN, DemoUser.REP_ZHAO)) {
      JsonNode nothing = list("/api/orders?customer=" + code, outsider);
      assertThat(nothing.get("items")).as(outsider).isEmpty();
      assertThat(nothing.get("total").asLong()).isZero();
      assertThat(numbers(list("/api/orders?size=100", outsider), "orderNumber"))
          .doesNotContain(first.get("orderNumber").asText(), third.get("orderNumber").asText());
    }
    assertThat(list("/api/orders?customer=NO-SUCH-CUSTOMER", DemoUser.SALES_MANAGER).get("items"))
        .isEmpty();
  }

  @Test
  void quotesSamplesAndShipmentsAreListedTheSameWay() {
    JsonNode quote = created("/api/quotes", inquiry());
    JsonNode sample = created("/api/samples", sampleRequest());

    JsonNode quotes = list("/api/quotes?customer=" + code, DemoUser.REP_WANG);
    assertThat(numbers(quotes, "quoteNumber")).containsExactly(quote.get("quoteNumber").asText());
    assertThat(quotes.at("/items/0/status").asText()).isEqualTo("DRAFTING");
    assertThat(quotes.at("/items/0/statusLabel").asText()).isEqualTo("编制中");
    assertThat(
            list("/api/quotes?customer=" + code + "&status=SIGNED", DemoUser.REP_WANG).get("items"))
        .isEmpty();
    JsonNode samples =
        list("/api/samples?customer=" + code + "&status=PREPARING", DemoUser.ASSISTANT_LIU);
    assertThat(numbers(samples, "sampleNumber"))
        .containsExactly(sample.get("sampleNumber").asText());
    assertThat(samples.at("/items/0/documentUrl").asText())
        .isEqualTo(DocumentLinks.sample(sample.get("sampleNumber").asText()));

    agreePrice(customer, PRODUCT, "100", "35");
    JsonNode order = order();
    plan(order);
    String shipmentNumber = order.get("orderNumber").asText() + "-1";
    assertThat(goodsReady(order, "40").get("shipmentNumber").asText()).isEqualTo(shipmentNumber);

    JsonNode shipments =
        list("/api/shipments?customer=" + code + "&status=READY", DemoUser.ASSISTANT_LIU);
    assertThat(numbers(shipments, "shipmentNumber")).containsExactly(shipmentNumber);
    assertThat(shipments.at("/items/0/orderNumber").asText())
        .isEqualTo(order.get("orderNumber").asText());
    assertThat(shipments.at("/items/0/documentLabel").asText()).isEqualTo("出库单");
    assertThat(shipments.at("/items/0/stockNoticeUrl").asText())
        .isEqualTo(DocumentLinks.stockNotice(shipmentNumber));
    assertThat(
            list("/api/shipments?customer=" + code + "&status=SHIPPED", DemoUser.ASSISTANT_LIU)
                .get("items"))
        .isEmpty();
    assertThat(list("/api/shipments?customer=" + code, DemoUser.ASSISTANT_CHEN).get("items"))
        .isEmpty();

    JsonNode shipment =
        engine.get("/api/shipments/" + shipmentNumber.toLowerCase(), DemoUser.REP_WANG);
    assertThat(shipment.get("shipmentNumber").asText()).isEqualTo(shipmentNumber);
    assertThat(shipment.at("/lines/0/readyQuantity").decimalValue()).isEqualByComparingTo("40");
    assertThat(engine.get("/api/shipments/" + shipment.get("id").asLong(), DemoUser.AUDITOR))
        .isEqualTo(shipment);
    assertThat(web.get("/api/shipments/" + shipmentNumber, DemoUser.WAREHOUSE).statusCode())
        .as("the API keeps the customer scope; the warehouse reads the printed documents")
        .isEqualTo(404);
    assertThat(web.get("/api/shipments/" + shipmentNumber, DemoUser.ASSISTANT_CHEN).statusCode())
        .isEqualTo(404);
    assertThat(
            web.get(
                    "/api/shipments/" + order.get("orderNumber").asText() + "-9",
                    DemoUser.ASSISTANT_LIU)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void badParametersAreRefusedNamingTheFieldInChineseAndChangeNothing() {
    order();
    Map<String, Long> before = counts();
    for (String list : LISTS) {
      assertThat(
              assertFieldProblem(
                  web.get(list + "?status=NOPE", DemoUser.SALES_MANAGER), "status", "可选"))
          .as(list)
          .containsPattern("（[\\p{IsHan}]+）");
      assertFieldProblem(web.get(list + "?size=101", DemoUser.SALES_MANAGER), "size", "每页条数");
      assertFieldProblem(web.get(list + "?size=0", DemoUser.SALES_MANAGER), "size", "每页条数");
      assertFieldProblem(web.get(list + "?page=0", DemoUser.SALES_MANAGER), "page", "页码");
      assertFieldProblem(web.get(list + "?page=1001", DemoUser.SALES_MANAGER), "page", "页码");
      assertFieldProblem(web.get(list + "?page=abc", DemoUser.SALES_MANAGER), "page", "格式不正确");
      assertFieldProblem(web.get(list + "?size=1e3", DemoUser.SALES_MANAGER), "size", "格式不正确");
      assertFieldProblem(
          web.get(list + "?customer=C%3B1", DemoUser.SALES_MANAGER), "customer", "客户编号");
      assertFieldProblem(
          web.get(list + "?customer=" + "C".repeat(21), DemoUser.SALES_MANAGER),
          "customer",
          "客户编号");
    }
    assertThat(
            assertFieldProblem(
                web.get("/api/orders?status=closed", DemoUser.ASSISTANT_LIU),
                "status",
                "CLOSED（已结案）"))
        .contains("REGISTERED（已登记）");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void theApiDocsShowEachListsBoundedParameters() {
    JsonNode docs = engine.get("/v3/api-docs", DemoUser.SALES_MANAGER);
    for (String list : LISTS) {
      Map<String, JsonNode> parameters = new java.util.HashMap<>();
      docs.at("/paths/" + list.replace("/", "~1") + "/get/parameters")
          .forEach(p -> parameters.put(p.get("name").asText(), p.get("schema")));
      assertThat(parameters).as(list).containsOnlyKeys("customer", "status", "page", "size");
      assertThat(parameters.get("customer").get("maxLength").asInt()).isEqualTo(20);
      assertThat(parameters.get("customer").has("pattern")).isTrue();
      assertThat(parameters.get("status").has("enum")).as(list).isTrue();
      assertThat(parameters.get("page").get("minimum").asInt()).isEqualTo(1);
      assertThat(parameters.get("page").get("maximum").asInt()).isEqualTo(1000);
      assertThat(parameters.get("size").get("maximum").asInt()).isEqualTo(100);
    }
  }

  /** Asserts a 400 problem naming {@code field} with a Chinese message; answers the message. */
  private String assertFieldProblem(HttpResponse<String> response, String field, String says) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = engine.read(response.body());
    JsonNode error =
        StreamSupport.stream(problem.path(ApiExceptionHandler.ERRORS).spliterator(), false)
            .filter(e -> field.equals(e.path("field").asText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no error on " + field + ": " + problem));
    String message = error.get("message").asText();
    assertThat(message).containsPattern("\\p{IsHan}").contains(says);
    return message;
  }

  private JsonNode list(String path, String user) {
    return engine.get(path, user);
  }

  private static List<String> numbers(JsonNode page, String field) {
    return StreamSupport.stream(page.get("items").spliterator(), false)
        .map(item -> item.get(field).asText())
        .toList();
  }

  private JsonNode order() {
    return register(
        DemoUser.ASSISTANT_LIU,
        "fax",
        customer,
        PRODUCT,
        "100",
        "35",
        LocalDate.now().plusDays(30),
        null);
  }

  private String inquiry() {
    return """
        {"customerId": %d, "lines": [{"productCode": "%s", "quantity": 100}]}"""
        .formatted(customer, PRODUCT);
  }

  private String sampleRequest() {
    return """
        {"customerId": %d, "productCode": "%s", "quantity": 2, "unit": "盘",
         "purpose": "来料检验", "charged": true, "sampleValue": 50,
         "targetDate": "%s"}"""
        .formatted(customer, PRODUCT_OF_A_SAMPLE, LocalDate.now().plusDays(7));
  }

  private JsonNode created(String path, String body) {
    HttpResponse<String> response = web.postJson(path, DemoUser.ASSISTANT_LIU, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return engine.read(response.body());
  }

  private Map<String, Long> counts() {
    return Map.of(
        "sales_order", count("sales_order"),
        "quote", count("quote"),
        "sample_request", count("sample_request"),
        "shipment", count("shipment"),
        "mail_outbox", count("mail_outbox"));
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
