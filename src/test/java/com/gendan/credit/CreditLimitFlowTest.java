package com.gendan.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.Tasklist;
import com.gendan.customer.TestCustomers;
import com.gendan.identity.DemoUser;
import com.gendan.order.OrderFlowTest;
import com.gendan.order.SalesOrderProcess;
import com.gendan.statement.StatementExamples;
import com.gendan.statement.StatementService;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credit limit at order review (SPEC D11): a customer with an invoiced, unpaid statement (its
 * open receivable) orders twice; the first order stays within the limit, the second does not (open
 * receivables + the first order, not yet invoiced + this order) and stops for finance with the
 * figures named, as a credit hold does; finance raises the limit itself and the order goes on.
 */
class CreditLimitFlowTest extends OrderFlowTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired JdbcClient jdbcClient;
  @Autowired StatementService statementService;
  @Autowired TransactionTemplate transactions;

  @Test
  void anOrderAboveTheCreditLimitStopsForFinanceNamingTheFigures() throws Exception {
    Map<String, Object> body = TestCustomers.valid();
    HttpResponse<String> created =
        web.postJson("/api/customers", DemoUser.SALES_MANAGER, json.writeValueAsString(body));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long customer = engine.read(created.body()).get("id").asLong();
    agreePrice(customer, PRODUCT, "100", "35");
    StatementExamples.invoiced(
        jdbcClient,
        statementService,
        transactions,
        customer,
        LocalDate.now(SHANGHAI).minusMonths(1).withDayOfMonth(25));
    BigDecimal open =
        jdbcClient
            .sql("select sum(outstanding) from receivable where customer_id = ?")
            .param(customer)
            .query(BigDecimal.class)
            .single();
    assertThat(open).isPositive();
    // the limit: the open receivables and one order of 3500, not two
    BigDecimal limit = open.add(new BigDecimal("5000"));
    body.put("id", customer);
    body.put("creditLimit", limit);
    HttpResponse<String> limited =
        web.send(
            "PUT", "/api/customers/" + customer, DemoUser.FINANCE, json.writeValueAsString(body));
    assertThat(limited.statusCode()).as(limited.body()).isEqualTo(200);

    JsonNode first = order(customer);
    onlyTask(reviewed(first), SalesOrderProcess.Elements.CONFIRM_PRODUCTION_PLAN);

    JsonNode second = order(customer);
    String instance = reviewed(second);
    onlyTask(instance, SalesOrderProcess.Elements.RESOLVE_CREDIT_HOLD);
    assertThat(latestFindings(second)).containsExactly("CREDIT_LIMIT_EXCEEDED");
    String plainOpen = open.stripTrailingZeros().toPlainString();
    String plainLimit = limit.stripTrailingZeros().toPlainString();
    String total = open.add(new BigDecimal("7000")).stripTrailingZeros().toPlainString();
    assertThat(latestFindingViews(second).get(0).get("explanation").asText())
        .isEqualTo(
            "信用额度 CNY "
                + plainLimit
                + "：未收应收账款 CNY "
                + plainOpen
                + " + 未开票订单 CNY 3500 + 本订单 CNY 3500 = CNY "
                + total
                + "，超出 CNY 2000");
    assertThat(orderView(second).get("status").asText()).isEqualTo("CREDIT_HOLD");

    // finance raises the limit itself (applied at once) and has the order reviewed again
    body.put("creditLimit", limit.add(new BigDecimal("10000")));
    HttpResponse<String> raised =
        web.send(
            "PUT", "/api/customers/" + customer, DemoUser.FINANCE, json.writeValueAsString(body));
    assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
    HttpResponse<String> answered =
        Tasklist.login(port, json, DemoUser.FINANCE)
            .submit(
                onlyTask(instance, SalesOrderProcess.Elements.RESOLVE_CREDIT_HOLD).getId(),
                Map.of("creditHoldLifted", "yes", "creditNote", "额度已调高"));
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
    engine.runDueJobs(instance);
    onlyTask(instance, SalesOrderProcess.Elements.CONFIRM_PRODUCTION_PLAN);
  }

  private JsonNode order(long customer) {
    return register(
        DemoUser.ASSISTANT_LIU,
        "email",
        customer,
        PRODUCT,
        "100",
        "35",
        LocalDate.now(SHANGHAI).plusDays(20),
        null);
  }
}
