package com.gendan.customer;

import static com.gendan.identity.DemoUser.ASSISTANT_CHEN;
import static com.gendan.identity.DemoUser.ASSISTANT_LIU;
import static com.gendan.identity.DemoUser.AUDITOR;
import static com.gendan.identity.DemoUser.FINANCE;
import static com.gendan.identity.DemoUser.REP_WANG;
import static com.gendan.identity.DemoUser.REP_ZHAO;
import static com.gendan.identity.DemoUser.SALES_MANAGER;
import static com.gendan.web.ApiTestClient.assertFieldProblem;
import static com.gendan.web.ApiTestClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.GendanSpringBootTest;
import com.gendan.web.ApiTestClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@GendanSpringBootTest
class CustomerApiTest {

  private static final String CUSTOMERS = "/api/customers";

  @Autowired TestRestTemplate rest;

  @Autowired CustomerRepository customers;

  @Autowired CustomerChangeRepository changeLog;

  @Autowired CustomerDirectory directory;

  @Autowired JdbcTemplate jdbc;

  ApiTestClient api;

  @BeforeEach
  void client() {
    api = new ApiTestClient(rest);
  }

  @Test
  void managerCreatesCustomerThatItsTeamCanRead() {
    Map<String, Object> body = validCustomer();

    ResponseEntity<JsonNode> created = api.post(SALES_MANAGER, CUSTOMERS, body);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = created.getBody().path("id").asLong();
    assertThat(created.getHeaders().getLocation()).hasPath(CUSTOMERS + "/" + id);
    for (String reader : List.of(SALES_MANAGER, ASSISTANT_LIU, REP_WANG, FINANCE, AUDITOR)) {
      ResponseEntity<JsonNode> read = api.get(reader, CUSTOMERS + "/" + id);
      assertThat(read.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      JsonNode customer = read.getBody();
      assertThat(customer.path("code").asText()).isEqualTo(body.get("code"));
      assertThat(customer.path("chineseName").asText()).isEqualTo("常州宏远五金制品有限公司");
      assertThat(customer.path("tier").asText()).isEqualTo("secondary");
      assertThat(customer.path("creditLimit").decimalValue()).isEqualByComparingTo("300000");
      assertThat(customer.path("creditLimitCurrency").asText()).isEqualTo("CNY");
      assertThat(customer.path("statementDay").asInt()).isEqualTo(25);
      assertThat(customer.path("contacts").get(0).path("email").asText())
          .isEqualTo("yangfan@hongyuan-example.cn");
      assertThat(customer.path("addresses").get(0).path("kind").asText()).isEqualTo("shipping");
    }
  }

  @Test
  void otherAssistantsAndRepsMayNotReadIt() {
    long id = createCustomer(validCustomer());

    assertProblem(api.get(ASSISTANT_CHEN, CUSTOMERS + "/" + id), HttpStatus.FORBIDDEN);
    assertProblem(api.get(REP_ZHAO, CUSTOMERS + "/" + id + "/changes"), HttpStatus.FORBIDDEN);
  }

  static Stream<Arguments> badCustomers() {
    return Stream.of(
        bad("code", c -> c.remove("code")),
        bad("code", c -> c.put("code", "C 01")),
        bad("chineseName", c -> c.put("chineseName", " ")),
        bad("tier", c -> c.put("tier", "vip")),
        bad("tier", c -> c.remove("tier")),
        bad("paymentTermsDays", c -> c.put("paymentTermsDays", -1)),
        bad("creditLimit", c -> c.put("creditLimit", -100)),
        bad("creditLimit", c -> c.put("creditLimit", "三十万")),
        bad("creditLimitCurrency", c -> c.put("creditLimitCurrency", "EUR")),
        bad("statementDay", c -> c.put("statementDay", 29)),
        bad("contacts[0].email", c -> contact(c).put("email", "yangfan-at-example")),
        bad("contacts[0].name", c -> contact(c).remove("name")),
        bad("contacts", c -> contact(c).put("primary", false)),
        bad("addresses[0].kind", c -> address(c).put("kind", "warehouse")),
        bad("assistantUserId", c -> c.put("assistantUserId", REP_WANG)),
        bad("salesRepUserId", c -> c.put("salesRepUserId", "nobody")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCustomers")
  void badCustomerIsRefusedNamingTheFieldAndSavesNothing(String field, Map<String, Object> body) {
    long before = customers.count();

    assertFieldProblem(api.post(SALES_MANAGER, CUSTOMERS, body), HttpStatus.BAD_REQUEST, field);

    assertThat(customers.count()).isEqualTo(before);
  }

  @Test
  void malformedJsonIsABadRequest() {
    long before = customers.count();

    assertFieldProblem(
        api.post(SALES_MANAGER, CUSTOMERS, "{\"code\": \"C9\", \"creditLimit\": 12x}"),
        HttpStatus.BAD_REQUEST,
        "creditLimit");
    assertProblem(api.post(SALES_MANAGER, CUSTOMERS, "{\"code\": "), HttpStatus.BAD_REQUEST);

    assertThat(customers.count()).isEqualTo(before);
  }

  @Test
  void duplicateCodeIsAConflict() {
    Map<String, Object> body = validCustomer();
    createCustomer(body);
    long before = customers.count();

    assertFieldProblem(api.post(SALES_MANAGER, CUSTOMERS, body), HttpStatus.CONFLICT, "code");

    assertThat(customers.count()).isEqualTo(before);
  }

  @Test
  void aCodeDifferingOnlyInLetterCaseIsTheSameCode() {
    Map<String, Object> body = validCustomer();
    body.put("code", "c001");
    long before = customers.count();

    JsonNode problem =
        assertFieldProblem(api.post(SALES_MANAGER, CUSTOMERS, body), HttpStatus.CONFLICT, "code");

    assertThat(problem.toString()).contains("客户编号已存在（不区分大小写）");
    assertThat(customers.count()).isEqualTo(before);
    assertThat(directory.findByCode(" c001 ")).map(CustomerView::code).hasValue("C001");
  }

  @Test
  void aNewCodeIsKeptInUpperCase() {
    Map<String, Object> body = validCustomer();
    body.put("code", body.get("code").toString().toLowerCase());

    long id = createCustomer(body);

    assertThat(directory.findById(id))
        .map(CustomerView::code)
        .hasValue(body.get("code").toString().toUpperCase());
  }

  @Test
  void theDatabaseRefusesACodeThatIsNotInUpperCase() {
    assertThatThrownBy(() -> jdbc.update("update customer set code = 'c001' where code = 'C001'"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void onlyManagersCreateCustomers() {
    long before = customers.count();

    for (String user : List.of(ASSISTANT_LIU, REP_WANG, FINANCE, AUDITOR)) {
      assertProblem(api.post(user, CUSTOMERS, validCustomer()), HttpStatus.FORBIDDEN);
    }

    assertThat(customers.count()).isEqualTo(before);
  }

  @Test
  void unknownCustomerIsNotFound() {
    assertProblem(api.get(SALES_MANAGER, CUSTOMERS + "/987654"), HttpStatus.NOT_FOUND);
    assertFieldProblem(api.get(SALES_MANAGER, CUSTOMERS + "/abc"), HttpStatus.BAD_REQUEST, "id");
  }

  @Test
  void assistantSeesOnlyOwnCustomers() {
    long own = createCustomer(validCustomer());
    Map<String, Object> others = validCustomer();
    others.put("assistantUserId", ASSISTANT_CHEN);
    others.put("salesRepUserId", REP_ZHAO);
    long notOwn = createCustomer(others);

    List<JsonNode> seen = new ArrayList<>();
    api.get(ASSISTANT_LIU, CUSTOMERS).getBody().forEach(seen::add);

    assertThat(seen).extracting(c -> c.path("id").asLong()).contains(own).doesNotContain(notOwn);
    assertThat(seen)
        .allSatisfy(
            c ->
                assertThat(
                        List.of(
                            c.path("assistantUserId").asText(), c.path("salesRepUserId").asText()))
                    .contains(ASSISTANT_LIU));
    assertThat(api.get(SALES_MANAGER, CUSTOMERS).getBody())
        .extracting(c -> c.path("id").asLong())
        .contains(own, notOwn);
  }

  @Test
  void assistantEditsContactsOfOwnCustomerOnly() {
    Map<String, Object> body = validCustomer();
    long id = createCustomer(body);
    contact(body).put("phone", "0519-8888 6666");
    body.put("standingRequirements", "外箱标签须印客户料号");

    ResponseEntity<JsonNode> updated = api.put(ASSISTANT_LIU, CUSTOMERS + "/" + id, body);

    assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(updated.getBody().path("contacts").get(0).path("phone").asText())
        .isEqualTo("0519-8888 6666");
    assertThat(changes(id))
        .extracting(c -> c.path("field").asText())
        .containsExactlyInAnyOrder("contacts", "standingRequirements");
    // a person reads local time: the department's offset, not UTC's Z
    assertThat(changes(id))
        .extracting(c -> c.path("changedAt").asText())
        .allSatisfy(changedAt -> assertThat(changedAt).endsWith("+08:00"));

    contact(body).put("phone", "0519-8888 7777");
    assertProblem(api.put(ASSISTANT_CHEN, CUSTOMERS + "/" + id, body), HttpStatus.FORBIDDEN);
    assertProblem(api.put(REP_WANG, CUSTOMERS + "/" + id, body), HttpStatus.FORBIDDEN);
  }

  @Test
  void assistantMayNotChangeCreditLimitNorMasterData() {
    Map<String, Object> body = validCustomer();
    long id = createCustomer(body);

    for (Consumer<Map<String, Object>> change :
        List.<Consumer<Map<String, Object>>>of(
            c -> c.put("creditLimit", 900000), c -> c.put("paymentTermsDays", 90),
            c -> c.put("creditHold", true), c -> c.put("tier", "primary"))) {
      Map<String, Object> changed = copy(body);
      change.accept(changed);
      assertProblem(api.put(ASSISTANT_LIU, CUSTOMERS + "/" + id, changed), HttpStatus.FORBIDDEN);
    }

    CustomerView stored = directory.findById(id).orElseThrow();
    assertThat(stored.creditLimit()).isEqualByComparingTo("300000");
    assertThat(stored.paymentTermsDays()).isEqualTo(30);
    assertThat(stored.creditHold()).isFalse();
    assertThat(changeLog.findByCustomerIdOrderByChangedAtAscIdAsc(id)).isEmpty();
  }

  @Test
  void financeChangesCreditLimitAndTheChangeIsLoggedWithWhoAndWhen() {
    Map<String, Object> body = validCustomer();
    long id = createCustomer(body);
    body.put("creditLimit", new BigDecimal("450000.00"));
    body.put("paymentTermsDays", 60);
    Instant before = Instant.now();

    ResponseEntity<JsonNode> updated = api.put(FINANCE, CUSTOMERS + "/" + id, body);

    assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<JsonNode> changes = changes(id);
    assertThat(changes).hasSize(2);
    JsonNode creditLimit =
        changes.stream()
            .filter(c -> c.path("field").asText().equals("creditLimit"))
            .findFirst()
            .orElseThrow();
    assertThat(creditLimit.path("fieldLabel").asText()).isEqualTo("信用额度");
    assertThat(creditLimit.path("oldValue").asText()).isEqualTo("300000");
    assertThat(creditLimit.path("newValue").asText()).isEqualTo("450000");
    assertThat(creditLimit.path("changedBy").asText()).isEqualTo(FINANCE);
    assertThat(Instant.parse(creditLimit.path("changedAt").asText()))
        .isBetween(before.minusSeconds(1), Instant.now());

    Map<String, Object> renamed = copy(body);
    renamed.put("chineseName", "常州宏远五金集团");
    assertProblem(api.put(FINANCE, CUSTOMERS + "/" + id, renamed), HttpStatus.FORBIDDEN);
  }

  @Test
  void aProcessReadsTheCustomerAsChangedAtOnce() {
    Map<String, Object> body = validCustomer();
    long id = createCustomer(body);
    assertThat(directory.findById(id).orElseThrow().creditHold()).isFalse();
    assertThat(directory.findById(id).orElseThrow().creditHold()).as("kept").isFalse();

    body.put("creditHold", true);
    assertThat(api.put(FINANCE, CUSTOMERS + "/" + id, body).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    assertThat(directory.findById(id).orElseThrow().creditHold()).isTrue();
    Map<String, Object> refused = copy(body);
    refused.put("creditHold", false);
    refused.put("chineseName", "常州宏远五金集团");
    assertProblem(api.put(FINANCE, CUSTOMERS + "/" + id, refused), HttpStatus.FORBIDDEN);
    assertThat(directory.findById(id).orElseThrow().creditHold()).as("refused, unchanged").isTrue();
  }

  @Test
  void managerChangesEverythingAndAnUnchangedPutLogsNothing() {
    Map<String, Object> body = validCustomer();
    long id = createCustomer(body);

    assertThat(api.put(SALES_MANAGER, CUSTOMERS + "/" + id, body).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(changes(id)).isEmpty();

    body.put("tier", "primary");
    body.put("assistantUserId", ASSISTANT_CHEN);
    body.put("creditHold", true);
    assertThat(api.put(SALES_MANAGER, CUSTOMERS + "/" + id, body).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(changes(id))
        .extracting(c -> c.path("field").asText())
        .containsExactlyInAnyOrder("tier", "assistantUserId", "creditHold");
    assertThat(api.get(ASSISTANT_CHEN, CUSTOMERS + "/" + id).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertProblem(api.get(ASSISTANT_LIU, CUSTOMERS + "/" + id), HttpStatus.FORBIDDEN);
  }

  @Test
  void updateToATakenCodeIsAConflict() {
    Map<String, Object> first = validCustomer();
    createCustomer(first);
    Map<String, Object> second = validCustomer();
    long id = createCustomer(second);
    second.put("code", first.get("code"));

    assertFieldProblem(
        api.put(SALES_MANAGER, CUSTOMERS + "/" + id, second), HttpStatus.CONFLICT, "code");
  }

  private List<JsonNode> changes(long id) {
    ResponseEntity<JsonNode> response = api.get(SALES_MANAGER, CUSTOMERS + "/" + id + "/changes");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<JsonNode> changes = new ArrayList<>();
    response.getBody().forEach(changes::add);
    return changes;
  }

  private long createCustomer(Map<String, Object> body) {
    ResponseEntity<JsonNode> created = api.post(SALES_MANAGER, CUSTOMERS, body);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().path("id").asLong();
  }

  private static Arguments bad(String field, Consumer<Map<String, Object>> spoil) {
    Map<String, Object> body = validCustomer();
    spoil.accept(body);
    return Arguments.of(field, body);
  }

  static Map<String, Object> validCustomer() {
    return TestCustomers.valid();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> contact(Map<String, Object> customer) {
    return ((List<Map<String, Object>>) customer.get("contacts")).get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> address(Map<String, Object> customer) {
    return ((List<Map<String, Object>>) customer.get("addresses")).get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, Object> customer) {
    Map<String, Object> copy = new LinkedHashMap<>(customer);
    List<Map<String, Object>> contacts = new ArrayList<>();
    ((List<Map<String, Object>>) customer.get("contacts"))
        .forEach(c -> contacts.add(new LinkedHashMap<>(c)));
    copy.put("contacts", contacts);
    return copy;
  }
}
