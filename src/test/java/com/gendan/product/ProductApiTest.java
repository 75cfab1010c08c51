package com.gendan.product;

import static com.gendan.identity.DemoUser.ASSISTANT_LIU;
import static com.gendan.identity.DemoUser.AUDITOR;
import static com.gendan.identity.DemoUser.FINANCE;
import static com.gendan.identity.DemoUser.REP_ZHAO;
import static com.gendan.identity.DemoUser.SALES_MANAGER;
import static com.gendan.web.ApiTestClient.assertFieldProblem;
import static com.gendan.web.ApiTestClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.GendanSpringBootTest;
import com.gendan.web.ApiTestClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@GendanSpringBootTest
class ProductApiTest {

  private static final String PRODUCTS = "/api/products";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired TestRestTemplate rest;

  @Autowired ProductRepository products;

  @Autowired ProductCatalog catalog;

  @Autowired DemoProducts demoProducts;

  ApiTestClient api;

  @BeforeEach
  void client() {
    api = new ApiTestClient(rest);
  }

  @Test
  void managerCreatesAndUpdatesAProductEveryoneCanRead() {
    Map<String, Object> body = validProduct();

    ResponseEntity<JsonNode> created = api.post(SALES_MANAGER, PRODUCTS, body);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = created.getBody().path("id").asLong();
    JsonNode read = api.get(ASSISTANT_LIU, PRODUCTS + "/" + id).getBody();
    assertThat(read.path("name").asText()).isEqualTo("贴片二极管");
    assertThat(read.path("unit").asText()).isEqualTo("盘");
    assertThat(read.path("listPrice").decimalValue()).isEqualByComparingTo("25.5");
    assertThat(read.path("minimumOrderQuantity").decimalValue()).isEqualByComparingTo("10");

    body.put("listPrice", 27);
    ResponseEntity<JsonNode> updated = api.put(SALES_MANAGER, PRODUCTS + "/" + id, body);
    assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(catalog.findById(id).orElseThrow().listPrice()).isEqualByComparingTo("27");
  }

  static Stream<Arguments> badProducts() {
    return Stream.of(
        bad("floorPrice", p -> p.put("floorPrice", 30)),
        bad("currency", p -> p.put("currency", "EUR")),
        bad("currency", p -> p.remove("currency")),
        bad("code", p -> p.put("code", "")),
        bad("name", p -> p.remove("name")),
        bad("unit", p -> p.put("unit", "一个很长很长很长很长的单位")),
        bad("listPrice", p -> p.put("listPrice", 0)),
        bad("listPrice", p -> p.put("listPrice", "贵")),
        bad("leadTimeDays", p -> p.put("leadTimeDays", -3)),
        bad("minimumOrderQuantity", p -> p.put("minimumOrderQuantity", -1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badProducts")
  void badProductIsRefusedNamingTheFieldAndSavesNothing(String field, Map<String, Object> body) {
    long before = products.count();

    assertFieldProblem(api.post(SALES_MANAGER, PRODUCTS, body), HttpStatus.BAD_REQUEST, field);

    assertThat(products.count()).isEqualTo(before);
  }

  @Test
  void floorAboveListIsRefusedOnUpdateToo() {
    Map<String, Object> body = validProduct();
    long id = api.post(SALES_MANAGER, PRODUCTS, body).getBody().path("id").asLong();
    body.put("floorPrice", 99);

    assertFieldProblem(
        api.put(SALES_MANAGER, PRODUCTS + "/" + id, body), HttpStatus.BAD_REQUEST, "floorPrice");

    assertThat(catalog.findById(id).orElseThrow().floorPrice()).isEqualByComparingTo("21");
  }

  @Test
  void duplicateCodeIsAConflict() {
    Map<String, Object> body = validProduct();
    assertThat(api.post(SALES_MANAGER, PRODUCTS, body).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    long before = products.count();

    assertFieldProblem(api.post(SALES_MANAGER, PRODUCTS, body), HttpStatus.CONFLICT, "code");

    assertThat(products.count()).isEqualTo(before);
  }

  @Test
  void aCodeDifferingOnlyInLetterCaseIsTheSameCode() {
    Map<String, Object> body = validProduct();
    body.put("code", "ec-r0603-103");
    long before = products.count();

    JsonNode problem =
        assertFieldProblem(api.post(SALES_MANAGER, PRODUCTS, body), HttpStatus.CONFLICT, "code");

    assertThat(problem.toString()).contains("产品编号已存在（不区分大小写）");
    assertThat(products.count()).isEqualTo(before);
    assertThat(catalog.findByCode("ec-r0603-103")).map(ProductView::code).hasValue("EC-R0603-103");
  }

  @Test
  void onlyManagersWriteProducts() {
    long before = products.count();
    long demoId = catalog.findByCode("EC-R0603-103").orElseThrow().id();

    for (String user : List.of(ASSISTANT_LIU, REP_ZHAO, FINANCE, AUDITOR)) {
      assertProblem(api.post(user, PRODUCTS, validProduct()), HttpStatus.FORBIDDEN);
      assertProblem(api.put(user, PRODUCTS + "/" + demoId, validProduct()), HttpStatus.FORBIDDEN);
    }

    assertThat(products.count()).isEqualTo(before);
    assertThat(catalog.findById(demoId).orElseThrow().code()).isEqualTo("EC-R0603-103");
  }

  @Test
  void unknownProductIsNotFound() {
    assertProblem(api.get(REP_ZHAO, PRODUCTS + "/987654"), HttpStatus.NOT_FOUND);
  }

  @Test
  void twentyDemoProductsListedForEveryone() {
    List<String> codes = DemoProducts.PRODUCTS.stream().map(ProductRequest::code).toList();
    assertThat(codes).hasSize(20).doesNotHaveDuplicates();

    JsonNode listed = api.get(REP_ZHAO, PRODUCTS).getBody();

    assertThat(listed).extracting(p -> p.path("code").asText()).containsAll(codes);
    assertThat(listed).extracting(p -> p.path("currency").asText()).contains("CNY", "USD");
    long before = products.count();
    demoProducts.run(null);
    assertThat(products.count()).isEqualTo(before);
  }

  private static Arguments bad(String field, Consumer<Map<String, Object>> spoil) {
    Map<String, Object> body = validProduct();
    spoil.accept(body);
    return Arguments.of(field, body);
  }

  static Map<String, Object> validProduct() {
    Map<String, Object> product = new LinkedHashMap<>();
    product.put("code", "TP-" + SEQUENCE.incrementAndGet());
    product.put("name", "贴片二极管");
    product.put("spec", "1N4148WS SOD-323 3000只/盘");
    product.put("unit", "盘");
    product.put("listPrice", 25.5);
    product.put("floorPrice", 21);
    product.put("currency", "CNY");
    product.put("leadTimeDays", 14);
    product.put("minimumOrderQuantity", 10);
    return product;
  }
}
