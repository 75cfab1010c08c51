package com.gendan.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.Tasklist;
import com.gendan.credit.CreditHoldReleaseProcess.Elements;
import com.gendan.customer.TestCustomers;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import com.gendan.order.OrderFlowTest;
import com.gendan.order.SalesOrderProcess;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Credit-hold releases walked as the demo users walk them: a customer of liuyang's on credit hold,
 * two of its orders stopped at review for finance; liuyang asks to release one (bad input refused
 * naming the fields, nothing saved), wufang (finance) and zhougang (general manager) approve in
 * Tasklist, liuyang is mailed; reviewed again, exactly that order goes on while the other still
 * stops; once the release has expired, it stops again. A refusal is mailed with its reason. Who
 * sees which request, the list, and the printable 货款异常特放申请单 are checked on the way.
 */
public class CreditHoldReleaseFlowTest extends OrderFlowTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A new customer of liuyang's on credit hold, with the product's price agreed. */
  protected long customerOnHold() throws Exception {
    Map<String, Object> customer = TestCustomers.valid();
    customer.put("creditHold", true);
    HttpResponse<String> created =
        web.postJson("/api/customers", DemoUser.SALES_MANAGER, json.writeValueAsString(customer));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = engine.read(created.body()).get("id").asLong();
    agreePrice(id, PRODUCT, "100", "35");
    return id;
  }

  /** An order of 100 at 35 (CNY 3500) for the customer, stopped at review for finance. */
  protected JsonNode stoppedOrder(long customer) {
    JsonNode order =
        register(
            DemoUser.ASSISTANT_LIU,
            "fax",
            customer,
            PRODUCT,
            "100",
            "35",
            LocalDate.now(SHANGHAI).plusDays(20),
            null);
    String instance = reviewed(order);
    onlyTask(instance, SalesOrderProcess.Elements.RESOLVE_CREDIT_HOLD);
    assertThat(latestFindings(order)).containsExactly("CREDIT_HOLD");
    assertThat(orderView(order).get("status").asText()).isEqualTo("CREDIT_HOLD");
    return order;
  }

  private HttpResponse<String> requestRelease(
      String user, String orderNumber, String amount, String reason, LocalDate validUntil) {
    return web.postJson(
        "/api/credit-hold-releases",
        user,
        """
        {"orderNumber": "%s", "amount": %s, "reason": "%s", "validUntil": "%s"}"""
            .formatted(orderNumber, amount, reason, validUntil));
  }

  private int releaseRows() {
    return jdbc.queryForObject("select count(*) from credit_hold_release", Integer.class);
  }

  /** Finance answers 已处理 on the order's credit-hold task: the order is reviewed again. */
  private String reviewedAgain(JsonNode order) {
    String instance = order.get("processInstanceId").asText();
    Task hold = onlyTask(instance, SalesOrderProcess.Elements.RESOLVE_CREDIT_HOLD);
    submitted(
        Tasklist.login(port, json, DemoUser.FINANCE)
            .submit(hold.getId(), Map.of("creditHoldLifted", "yes", "creditNote", "特放已批准")));
    engine.runDueJobs(instance);
    return instance;
  }

  @Test
  void anApprovedReleaseLetsExactlyThatOrderThroughUntilItExpires() throws Exception {
    long customer = customerOnHold();
    JsonNode released = stoppedOrder(customer);
    JsonNode other = stoppedOrder(customer);
    String orderNumber = released.get("orderNumber").asText();
    LocalDate today = LocalDate.now(SHANGHAI);

    int before = releaseRows();
    HttpResponse<String> refused =
        requestRelease(DemoUser.ASSISTANT_LIU, orderNumber, "3000", "客户承诺", today.minusDays(1));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("amount", "特放金额不能低于订单金额 CNY 3500", "validUntil", "不能早于今天");
    HttpResponse<String> tooLong =
        requestRelease(
            DemoUser.ASSISTANT_LIU, orderNumber, "3500", "长".repeat(501), today.plusDays(200));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("reason", "不能超过500个字", "validUntil", "不能晚于");
    assertThat(requestRelease(DemoUser.ASSISTANT_CHEN, orderNumber, "3500", "客户承诺", today).body())
        .as("another team's order is unknown")
        .contains("订单不存在");
    assertThat(releaseRows()).as("refused, nothing saved").isEqualTo(before);

    HttpResponse<String> accepted =
        requestRelease(
            DemoUser.ASSISTANT_LIU,
            orderNumber.toLowerCase(),
            "3500",
            "客户承诺本月25日前付清逾期货款",
            today.plusDays(3));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    JsonNode release = engine.read(accepted.body());
    String number = release.get("releaseNumber").asText();
    assertThat(number).matches("TF-[0-9]{4}-[0-9]{5}");
    assertThat(release.get("status").asText()).isEqualTo("REQUESTED");
    assertThat(release.get("statusLabel").asText()).isEqualTo("待财务审批");
    assertThat(release.get("orderNumber").asText()).isEqualTo(orderNumber);
    assertThat(
            requestRelease(DemoUser.ASSISTANT_LIU, orderNumber, "3500", "再申请", today.plusDays(3))
                .body())
        .as("one open request an order")
        .contains("已有待审批的特放申请 " + number);

    String instance = release.get("processInstanceId").asText();
    Task finance = onlyTask(instance, Elements.FINANCE_APPROVAL);
    Tasklist wufang = Tasklist.login(port, json, DemoUser.FINANCE);
    assertThat(wufang.formVariables(finance.getId()).at("/releaseSummary/value").asText())
        .contains(orderNumber, "订单金额 CNY 3500", "客户承诺本月25日前付清逾期货款", "信用冻结");
    submitted(wufang.submit(finance.getId(), Map.of("financeDecision", "approve")));
    Task gm = onlyTask(instance, Elements.GM_APPROVAL);
    submitted(
        Tasklist.login(port, json, DemoUser.GENERAL_MANAGER)
            .submit(gm.getId(), Map.of("gmDecision", "approve", "gmNote", "仅此一单")));
    engine.runDueJobs(instance);
    assertThat(task(instance)).isNull();
    assertThat(ReceivedMails.awaitAbout(greenMail, "liuyang@gendan.local", "货款异常特放 " + number))
        .hasSize(1);

    JsonNode approved = engine.get("/api/credit-hold-releases/" + number, DemoUser.ASSISTANT_LIU);
    assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.get("active").asBoolean()).isTrue();
    assertThat(approved.get("financeBy").asText()).isEqualTo("wufang");
    assertThat(approved.get("gmBy").asText()).isEqualTo("zhougang");
    assertThat(approved.get("gmNote").asText()).isEqualTo("仅此一单");

    // reviewed again: exactly the released order goes on, the other still stops
    String releasedInstance = reviewedAgain(released);
    onlyTask(releasedInstance, SalesOrderProcess.Elements.CONFIRM_PRODUCTION_PLAN);
    assertThat(orderView(released).get("statusHistory").toString()).contains("特放 " + number);
    String otherInstance = reviewedAgain(other);
    onlyTask(otherInstance, SalesOrderProcess.Elements.RESOLVE_CREDIT_HOLD);
    assertThat(latestFindings(other)).containsExactly("CREDIT_HOLD");

    // past its last day the release no longer holds
    ClockUtil.setCurrentTime(
        Date.from(Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
    JsonNode expired = engine.get("/api/credit-hold-releases/" + number, DemoUser.FINANCE);
    assertThat(expired.get("active").asBoolean()).isFalse();
    assertThat(expired.get("statusLabel").asText()).isEqualTo("已过期");

    // the list, the printable request and who sees it
    JsonNode list =
        engine.get(
            "/api/credit-hold-releases?customer="
                + customers.findById(customer).orElseThrow().code().toLowerCase()
                + "&status=APPROVED&page=1&size=5",
            DemoUser.ASSISTANT_LIU);
    assertThat(list.get("total").asInt()).isEqualTo(1);
    assertThat(list.at("/items/0/releaseNumber").asText()).isEqualTo(number);
    assertThat(list.at("/items/0/documentUrl").asText())
        .isEqualTo("/documents/credit-hold-releases/" + number);
    assertThat(
            engine
                .get("/api/credit-hold-releases?customer=c001", DemoUser.ASSISTANT_LIU)
                .get("items"))
        .noneMatch(item -> item.get("releaseNumber").asText().equals(number));
    assertThat(web.get("/api/credit-hold-releases/" + number, DemoUser.ASSISTANT_CHEN).statusCode())
        .isEqualTo(404);
    assertThat(web.get("/api/credit-hold-releases/nope", DemoUser.ASSISTANT_LIU).statusCode())
        .isEqualTo(400);
    HttpResponse<String> page =
        web.get("/documents/credit-hold-releases/" + number, DemoUser.FINANCE);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("货款异常特放申请单", number, orderNumber, "客户承诺本月25日前付清逾期货款", "吴芳", "周刚", "已过期");
    HttpResponse<byte[]> pdf =
        web.getBytes("/documents/credit-hold-releases/" + number + ".pdf", DemoUser.ASSISTANT_LIU);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void anExpiredReleaseNoLongerLetsTheOrderThrough() throws Exception {
    JsonNode order = stoppedOrder(customerOnHold());
    LocalDate today = LocalDate.now(SHANGHAI);
    HttpResponse<String> accepted =
        requestRelease(
            DemoUser.ASSISTANT_LIU, order.get("orderNumber").asText(), "3500", "客户承诺付款", today);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    String instance = engine.read(accepted.body()).get("processInstanceId").asText();
    submitted(
        Tasklist.login(port, json, DemoUser.FINANCE)
            .submit(
                onlyTask(instance, Elements.FINANCE_APPROVAL).getId(),
                Map.of("financeDecision", "approve")));
    submitted(
        Tasklist.login(port, json, DemoUser.GENERAL_MANAGER)
            .submit(
                onlyTask(instance, Elements.GM_APPROVAL).getId(), Map.of("gmDecision", "approve")));
    engine.runDueJobs(instance);

    ClockUtil.setCurrentTime(
        Date.from(Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
    String orderInstance = reviewedAgain(order);
    onlyTask(orderInstance, SalesOrderProcess.Elements.RESOLVE_CREDIT_HOLD);
    assertThat(latestFindings(order)).containsExactly("CREDIT_HOLD");
  }

  @Test
  void aRefusalIsMailedToTheRequesterWithItsReason() throws Exception {
    JsonNode order = stoppedOrder(customerOnHold());
    Tasklist liuyang = Tasklist.login(port, json, DemoUser.ASSISTANT_LIU);
    HttpResponse<String> badStart =
        liuyang.start(
            CreditHoldReleaseProcess.KEY,
            Map.of(
                "customerCode", "C001",
                "orderNumber", order.get("orderNumber").asText(),
                "amount", "3500",
                "reason", "客户承诺付款",
                "validUntil", LocalDate.now(SHANGHAI).plusDays(5).toString()));
    assertThat(badStart.statusCode()).isEqualTo(400);
    assertThat(badStart.body()).contains("订单号", "该客户没有订单");

    HttpResponse<String> started =
        liuyang.start(
            CreditHoldReleaseProcess.KEY,
            Map.of(
                "customerCode",
                    customers.findById(order.get("customerId").asLong()).orElseThrow().code(),
                "orderNumber", order.get("orderNumber").asText(),
                "amount", "3500",
                "reason", "客户承诺付款",
                "validUntil", LocalDate.now(SHANGHAI).plusDays(5).toString()));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = engine.read(started.body()).get("id").asText();
    String number =
        jdbc.queryForObject(
            "select release_number from credit_hold_release where process_instance_id = ?",
            String.class,
            instance);
    Task finance = onlyTask(instance, Elements.FINANCE_APPROVAL);
    Tasklist wufang = Tasklist.login(port, json, DemoUser.FINANCE);
    HttpResponse<String> noReason =
        wufang.submit(finance.getId(), Map.of("financeDecision", "refuse"));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("说明", "不同意时请写明原因");
    submitted(
        wufang.submit(
            finance.getId(), Map.of("financeDecision", "refuse", "financeNote", "逾期已超过90天，先收款")));
    engine.runDueJobs(instance);
    assertThat(task(instance)).isNull();
    JsonNode refused = engine.get("/api/credit-hold-releases/" + number, DemoUser.ASSISTANT_LIU);
    assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
    assertThat(refused.get("gmBy").isNull()).isTrue();
    assertThat(ReceivedMails.awaitAbout(greenMail, "liuyang@gendan.local", number + " 未批准"))
        .hasSize(1);
    assertThat(orderView(order).get("status").asText()).isEqualTo("CREDIT_HOLD");
  }

  private static void submitted(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }
}
