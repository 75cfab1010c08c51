package com.gendan.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.Tasklist;
import com.gendan.credit.CreditTermsChangeProcess.Elements;
import com.gendan.customer.CustomerView;
import com.gendan.customer.TestCustomers;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Credit-terms change requests (SPEC D13) as the demo users make them: the sales manager sunli
 * raises a customer's credit limit and renames it in one change; the name changes at once, the
 * limit becomes a request (202) that finance (wufang) approves in Tasklist, after which it applies,
 * recorded with who and when, and sunli is mailed. A second change while one is open is refused; a
 * change of the payment terms that wufang refuses is mailed with the reason and changes nothing.
 */
class CreditTermsChangeFlowTest extends ProcessFlowTest {

  @Test
  void aCreditLimitRaisedByTheSalesManagerAppliesOnceFinanceApproves() throws Exception {
    Map<String, Object> body = TestCustomers.valid();
    long customer = created(body);
    body.put("creditLimit", new BigDecimal("500000"));
    body.put("englishName", "Changzhou Hongyuan Hardware Group");
    HttpResponse<String> asked = put(customer, DemoUser.SALES_MANAGER, body);
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    JsonNode request = engine.read(asked.body());
    String number = request.get("requestNumber").asText();
    assertThat(number).matches("XY-[0-9]{4}-[0-9]{5}");
    assertThat(request.get("status").asText()).isEqualTo("REQUESTED");
    assertThat(request.get("oldCreditLimit").decimalValue()).isEqualByComparingTo("300000");
    assertThat(request.get("newCreditLimit").decimalValue()).isEqualByComparingTo("500000");
    assertThat(request.get("requestedBy").asText()).isEqualTo("sunli");
    CustomerView pending = customers.findById(customer).orElseThrow();
    assertThat(pending.creditLimit()).as("not applied yet").isEqualByComparingTo("300000");
    assertThat(pending.englishName())
        .as("the rest applies")
        .isEqualTo("Changzhou Hongyuan Hardware Group");

    body.put("creditLimit", new BigDecimal("800000"));
    HttpResponse<String> again = put(customer, DemoUser.SALES_MANAGER, body);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("待财务审批", number);

    String instance = request.get("processInstanceId").asText();
    Task approval = onlyTask(instance, Elements.APPROVE_CHANGE);
    Tasklist wufang = Tasklist.login(port, json, DemoUser.FINANCE);
    assertThat(wufang.formVariables(approval.getId()).at("/creditTermsSummary/value").asText())
        .contains("CNY 300000 → CNY 500000", "孙丽");
    HttpResponse<String> done = wufang.submit(approval.getId(), Map.of("termsDecision", "approve"));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    engine.runDueJobs(instance);
    assertThat(task(instance)).isNull();
    assertThat(customers.findById(customer).orElseThrow().creditLimit())
        .isEqualByComparingTo("500000");
    JsonNode changes = engine.get("/api/customers/" + customer + "/changes", DemoUser.FINANCE);
    JsonNode limitChange = null;
    for (JsonNode change : changes) {
      if (change.get("field").asText().equals("creditLimit")) {
        limitChange = change;
      }
    }
    assertThat(limitChange).isNotNull();
    assertThat(limitChange.get("changedBy").asText()).isEqualTo("wufang");
    assertThat(limitChange.get("newValue").asText()).isEqualTo("500000");
    assertThat(ReceivedMails.awaitAbout(greenMail, "sunli@gendan.local", "信用条件变更 " + number))
        .hasSize(1);
  }

  @Test
  void aRefusedChangeOfPaymentTermsChangesNothingAndTellsWhy() throws Exception {
    Map<String, Object> body = TestCustomers.valid();
    long customer = created(body);
    body.put("paymentTermsDays", 90);
    HttpResponse<String> asked = put(customer, DemoUser.SALES_MANAGER, body);
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    JsonNode request = engine.read(asked.body());
    String instance = request.get("processInstanceId").asText();
    Task approval = onlyTask(instance, Elements.APPROVE_CHANGE);
    Tasklist wufang = Tasklist.login(port, json, DemoUser.FINANCE);
    HttpResponse<String> noReason =
        wufang.submit(approval.getId(), Map.of("termsDecision", "refuse"));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("说明", "不同意时请写明原因");
    HttpResponse<String> refused =
        wufang.submit(
            approval.getId(), Map.of("termsDecision", "refuse", "termsNote", "客户近三月有逾期，不放宽账期"));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(204);
    engine.runDueJobs(instance);
    assertThat(customers.findById(customer).orElseThrow().paymentTermsDays()).isEqualTo(30);
    assertThat(
            ReceivedMails.awaitAbout(
                greenMail, "sunli@gendan.local", request.get("requestNumber").asText() + " 未批准"))
        .hasSize(1);
    // finance's own change is applied at once, as before
    HttpResponse<String> direct = put(customer, DemoUser.FINANCE, body);
    assertThat(direct.statusCode()).as(direct.body()).isEqualTo(200);
    assertThat(customers.findById(customer).orElseThrow().paymentTermsDays()).isEqualTo(90);
  }

  private long created(Map<String, Object> body) throws Exception {
    HttpResponse<String> created =
        web.postJson("/api/customers", DemoUser.SALES_MANAGER, json.writeValueAsString(body));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return engine.read(created.body()).get("id").asLong();
  }

  private HttpResponse<String> put(long customer, String user, Map<String, Object> body)
      throws Exception {
    return web.send("PUT", "/api/customers/" + customer, user, json.writeValueAsString(body));
  }
}
