package com.gendan.quote;

import static com.gendan.ProcessTestEngine.assertShows;
import static com.gendan.ProcessTestEngine.historicTasks;
import static com.gendan.ProcessTestEngine.timer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.gendan.ProcessTestEngine;
import com.gendan.quote.QuoteApprovalProcess.Beans;
import com.gendan.quote.QuoteApprovalProcess.CustomerResponse;
import com.gendan.quote.QuoteApprovalProcess.Elements;
import com.gendan.quote.QuoteApprovalProcess.SignDecision;
import com.gendan.quote.QuoteApprovalProcess.Variables;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of the quote approval process (SPEC D2) on a plain in-memory engine
 * (camunda.cfg.xml): the model, its signing authority DMN and its forms are deployed, every
 * delegate and task listener is a Mockito mock registered under its bean name.
 */
@Deployment(
    resources = {
      "processes/quote-approval.bpmn",
      "processes/quote-approval-authority.dmn",
      "forms/register-inquiry.form",
      "forms/draft-quote.form",
      "forms/sign-quote.form",
      "forms/customer-response.form"
    })
@ProcessTestEngine.Covers(model = "quoteApproval", atLeast = 0.99)
class QuoteApprovalProcessTest {

  @RegisterExtension ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);

  private static final Instant NOW = Instant.parse("2025-03-03T01:30:00Z");
  private static final Date VALID_UNTIL = Date.from(NOW.plus(Duration.ofDays(30)));
  private static final String ASSISTANT = "liu.fang";
  private static final String SALES_MANAGER = "sales-manager";
  private static final String GENERAL_MANAGER = "general-manager";
  private static final long QUOTE_ID = 4711L;

  private final Deadlines deadlines = engine.bean(Beans.DEADLINES, new Deadlines());

  private final JavaDelegate registerInquiry = engine.delegate(Beans.REGISTER_INQUIRY);
  private final JavaDelegate notifySalesManager = engine.delegate(Beans.NOTIFY_SALES_MANAGER);
  private final TaskListener draftCompleted = engine.taskListener(Beans.DRAFT_COMPLETED);
  private final TaskListener signatureRecorded = engine.taskListener(Beans.SIGNATURE_RECORDED);
  private final TaskListener remindSigner = engine.taskListener(Beans.REMIND_SIGNER);
  private final JavaDelegate recordSignerRejection = engine.delegate(Beans.RECORD_SIGNER_REJECTION);
  private final JavaDelegate generateSignedQuote = engine.delegate(Beans.GENERATE_SIGNED_QUOTE);
  private final JavaDelegate sendQuote = engine.delegate(Beans.SEND_QUOTE);
  private final TaskListener customerResponseRecorded =
      engine.taskListener(Beans.CUSTOMER_RESPONSE_RECORDED);
  private final TaskListener remindCustomerResponse =
      engine.taskListener(Beans.REMIND_CUSTOMER_RESPONSE);
  private final JavaDelegate expireQuote = engine.delegate(Beans.EXPIRE_QUOTE);
  private final JavaDelegate recordPriceAgreements = engine.delegate(Beans.RECORD_PRICE_AGREEMENTS);
  private final JavaDelegate startRevision = engine.delegate(Beans.START_REVISION);
  private final JavaDelegate recordCustomerDecline = engine.delegate(Beans.RECORD_CUSTOMER_DECLINE);

  @BeforeEach
  void stubMocks() throws Exception {
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              Variables.QUOTE_ID.set(execution, QUOTE_ID);
              Variables.QUOTE_NUMBER.set(execution, "BJ-2025-0001");
              Variables.REVISION_NO.set(execution, 1);
              Variables.CUSTOMER_NAME.set(execution, "苏州华东精密机械有限公司");
              Variables.CURRENCY.set(execution, "CNY");
              Variables.VALID_UNTIL.set(execution, VALID_UNTIL);
              return null;
            })
        .when(registerInquiry)
        .execute(any());
    doAnswer(
            invocation -> {
              DelegateExecution execution = invocation.getArgument(0);
              Variables.REVISION_NO.set(execution, Variables.REVISION_NO.require(execution) + 1);
              return null;
            })
        .when(startRevision)
        .execute(any());
  }

  @Test
  void inquiryIsRegisteredTheManagerToldAndTheAssistantDrafts() throws Exception {
    ProcessInstance quote = startQuote();

    assertThat(quote).isWaitingAt(Elements.NOTIFY_SALES_MANAGER);
    verify(registerInquiry).execute(any());
    verifyNoInteractions(notifySalesManager);

    execute(job());

    verify(notifySalesManager).execute(any());
    assertThat(quote).isWaitingAt(Elements.DRAFT_QUOTE);
    Task draft = task(quote);
    assertThat(draft).isAssignedTo(ASSISTANT);
    assertShows(draft, "编制报价", deadlines.draftDue(), "draft-quote");
  }

  @Test
  void oneSignerForALowDiscount() throws Exception {
    ProcessInstance quote = startAndDraft(4.0, false, 80_000);

    assertThat(quote)
        .variables()
        .containsEntry(Variables.APPROVER_GROUPS.name(), List.of(SALES_MANAGER));
    Task signing = task(quote);
    assertThat(signing).hasDefinitionKey(Elements.SIGN_QUOTE).hasCandidateGroup(SALES_MANAGER);
    assertShows(signing, "报价签核", deadlines.signingDue(), "sign-quote");
    verify(draftCompleted).notify(any(DelegateTask.class));

    sign(quote, SALES_MANAGER, SignDecision.APPROVE);

    assertThat(quote).isWaitingAt(Elements.GENERATE_SIGNED_QUOTE);
    verify(signatureRecorded).notify(any(DelegateTask.class));
    assertThat(signingTasks(quote)).isEqualTo(1);
  }

  @Test
  void twoSignersInOrderForADiscountOverTenPercent() throws Exception {
    ProcessInstance quote = startAndDraft(15.0, false, 80_000);

    assertThat(quote)
        .variables()
        .containsEntry(Variables.APPROVER_GROUPS.name(), List.of(SALES_MANAGER, GENERAL_MANAGER));
    sign(quote, SALES_MANAGER, SignDecision.APPROVE);

    assertThat(quote).isWaitingAt(Elements.SIGN_QUOTE);
    assertThat(quote)
        .variables()
        .as("the general manager's form opens blank")
        .doesNotContainKey(Variables.SIGN_DECISION.name());
    verifyNoInteractions(generateSignedQuote);
    sign(quote, GENERAL_MANAGER, SignDecision.APPROVE);

    assertThat(quote).isWaitingAt(Elements.GENERATE_SIGNED_QUOTE);
    verify(signatureRecorded, times(2)).notify(any(DelegateTask.class));
    assertThat(signingTasks(quote)).isEqualTo(2);
  }

  @Test
  void theGeneralManagerSignsAPriceBelowTheFloorOrALargeTotal() throws Exception {
    ProcessInstance belowFloor = startAndDraft(5.0, true, 80_000);
    assertThat(belowFloor)
        .variables()
        .containsEntry(Variables.APPROVER_GROUPS.name(), List.of(SALES_MANAGER, GENERAL_MANAGER));

    ProcessInstance largeTotal = startAndDraft(5.0, false, 1_200_000);
    assertThat(largeTotal)
        .variables()
        .containsEntry(Variables.APPROVER_GROUPS.name(), List.of(SALES_MANAGER, GENERAL_MANAGER));
  }

  @Test
  void rejectionByTheFirstSignerEndsTheQuoteWithoutAskingTheGeneralManager() throws Exception {
    ProcessInstance quote = startAndDraft(15.0, false, 80_000);

    sign(quote, SALES_MANAGER, SignDecision.REJECT);

    assertThat(quote)
        .hasPassed(Elements.RECORD_SIGNER_REJECTION, Elements.END_REJECTED)
        .hasNotPassed(Elements.GENERATE_SIGNED_QUOTE)
        .isEnded();
    verify(recordSignerRejection).execute(any());
    verifyNoInteractions(generateSignedQuote, sendQuote);
    assertThat(signingTasks(quote)).isEqualTo(1);
    assertThat(
            historyService().createHistoricIdentityLinkLogQuery().groupId(GENERAL_MANAGER).count())
        .isZero();
  }

  @Test
  void rejectionByTheGeneralManagerAfterTheManagerApproved() throws Exception {
    ProcessInstance quote = startAndDraft(15.0, false, 80_000);

    sign(quote, SALES_MANAGER, SignDecision.APPROVE);
    sign(quote, GENERAL_MANAGER, SignDecision.REJECT);

    assertThat(quote).hasPassed(Elements.END_REJECTED).isEnded();
    verify(recordSignerRejection).execute(any());
    verifyNoInteractions(generateSignedQuote);
  }

  @Test
  void sentBackForRevisionTheQuoteIsDraftedAndSignedAgain() throws Exception {
    ProcessInstance quote = startAndDraft(15.0, false, 80_000);

    sign(quote, SALES_MANAGER, SignDecision.REVISE);

    assertThat(quote).isWaitingAt(Elements.DRAFT_QUOTE);
    assertThat(task(quote)).isAssignedTo(ASSISTANT);
    verifyNoInteractions(recordSignerRejection, generateSignedQuote);
    verify(draftCompleted, times(1)).notify(any(DelegateTask.class));

    draft(quote, 8.0, false, 80_000);
    assertThat(quote)
        .variables()
        .containsEntry(Variables.APPROVER_GROUPS.name(), List.of(SALES_MANAGER));
    sign(quote, SALES_MANAGER, SignDecision.APPROVE);

    assertThat(quote).isWaitingAt(Elements.GENERATE_SIGNED_QUOTE);
    verify(draftCompleted, times(2)).notify(any(DelegateTask.class));
    assertThat(signingTasks(quote)).isEqualTo(2);
  }

  @Test
  void signedQuoteIsGeneratedSentAndAwaitsTheCustomer() throws Exception {
    ProcessInstance quote = startAndSend();

    verify(generateSignedQuote).execute(any());
    verify(sendQuote).execute(any());
    assertThat(quote).isWaitingAt(Elements.REGISTER_CUSTOMER_RESPONSE);
    Task response = task(quote);
    assertThat(response).isAssignedTo(ASSISTANT);
    assertShows(response, "登记客户回复", deadlines.responseDue(), "customer-response");
  }

  @Test
  void fullAcceptanceRecordsPriceAgreements() throws Exception {
    ProcessInstance quote = startAndSend();

    respond(quote, CustomerResponse.ACCEPTED, Map.of());

    assertThat(quote).hasPassed(Elements.RECORD_PRICE_AGREEMENTS, Elements.END_ACCEPTED).isEnded();
    verify(customerResponseRecorded).notify(any(DelegateTask.class));
    verify(recordPriceAgreements).execute(any());
    verifyNoInteractions(recordCustomerDecline, startRevision, expireQuote);
  }

  @Test
  void partialAcceptanceRecordsPriceAgreementsForTheAcceptedLines() throws Exception {
    ProcessInstance quote = startAndSend();

    respond(
        quote,
        CustomerResponse.PARTIALLY_ACCEPTED,
        Map.of(
            Variables.ACCEPTED_LINES,
            List.of(1, 3),
            Variables.RESPONSE_REASON.name(),
            "第 2 项交期太长"));

    assertThat(quote).hasPassed(Elements.RECORD_PRICE_AGREEMENTS, Elements.END_ACCEPTED).isEnded();
    verify(recordPriceAgreements).execute(any());
    verifyNoInteractions(recordCustomerDecline, startRevision);
  }

  @Test
  void counterOfferStartsARevisionThatIsDraftedAndSignedAgain() throws Exception {
    ProcessInstance quote = startAndSend();

    respond(
        quote,
        CustomerResponse.COUNTERED,
        Map.of(Variables.RESPONSE_REASON.name(), "客户还价：单价降到 11.50"));

    verify(startRevision).execute(any());
    assertThat(quote)
        .isWaitingAt(Elements.DRAFT_QUOTE)
        .variables()
        .containsEntry(Variables.REVISION_NO.name(), 2);
    verifyNoInteractions(recordPriceAgreements, recordCustomerDecline);

    draft(quote, 12.0, false, 80_000);
    sign(quote, SALES_MANAGER, SignDecision.APPROVE);
    sign(quote, GENERAL_MANAGER, SignDecision.APPROVE);
    sendSignedQuote(quote);
    respond(quote, CustomerResponse.ACCEPTED, Map.of());

    assertThat(quote).hasPassed(Elements.END_ACCEPTED).isEnded();
    verify(generateSignedQuote, times(2)).execute(any());
    verify(sendQuote, times(2)).execute(any());
    verify(recordPriceAgreements).execute(any());
    assertThat(signingTasks(quote)).isEqualTo(3);
  }

  @Test
  void customerRejectionIsRecorded() throws Exception {
    ProcessInstance quote = startAndSend();

    respond(quote, CustomerResponse.REJECTED, Map.of(Variables.RESPONSE_REASON.name(), "已向别家采购"));

    assertThat(quote)
        .hasPassed(Elements.RECORD_CUSTOMER_DECLINE, Elements.END_DECLINED)
        .hasNotPassed(Elements.RECORD_PRICE_AGREEMENTS)
        .isEnded();
    verify(recordCustomerDecline).execute(any());
    verifyNoInteractions(recordPriceAgreements, startRevision);
  }

  @Test
  void withoutAnAnswerTheQuoteExpiresAtTheEndOfItsValidity() throws Exception {
    ProcessInstance quote = startAndSend();
    Job expiry = timer(quote, Elements.QUOTE_EXPIRED_TIMER);
    assertThat(expiry.getDuedate()).isEqualTo(VALID_UNTIL);

    execute(expiry);

    assertThat(quote)
        .hasPassed(Elements.EXPIRE_QUOTE, Elements.END_EXPIRED)
        .hasNotPassed(Elements.CUSTOMER_RESPONSE)
        .isEnded();
    verify(expireQuote).execute(any());
    verifyNoInteractions(customerResponseRecorded, recordPriceAgreements, recordCustomerDecline);
    assertThat(taskService().createTaskQuery().processInstanceId(quote.getId()).count()).isZero();
  }

  @Test
  void signersAreRemindedWhileTheTaskStaysOpen() throws Exception {
    ProcessInstance quote = startAndDraft(4.0, false, 80_000);
    Task signing = task(quote);
    Job reminder = onlyTimer(quote);
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(2))));
    verifyNoInteractions(remindSigner);

    execute(reminder);

    verify(remindSigner).notify(any(DelegateTask.class));
    assertThat(quote).isWaitingAt(Elements.SIGN_QUOTE);
    assertThat(task(quote).getId()).isEqualTo(signing.getId());
    verifyNoInteractions(signatureRecorded);
  }

  @Test
  void theAssistantIsRemindedOfAMissingCustomerResponse() throws Exception {
    ProcessInstance quote = startAndSend();
    Task response = task(quote);
    Job reminder = timer(quote, Elements.REGISTER_CUSTOMER_RESPONSE);
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(3))));

    execute(reminder);

    verify(remindCustomerResponse).notify(any(DelegateTask.class));
    assertThat(quote).isWaitingAt(Elements.REGISTER_CUSTOMER_RESPONSE);
    assertThat(task(quote).getId()).isEqualTo(response.getId());
    assertThat(
            managementService()
                .createJobQuery()
                .processInstanceId(quote.getId())
                .activityId(Elements.QUOTE_EXPIRED_TIMER)
                .count())
        .as("the expiry timer still runs")
        .isEqualTo(1);
    verifyNoInteractions(expireQuote, customerResponseRecorded);
  }

  // --- walking the process ---

  private ProcessInstance startQuote() {
    return runtimeService()
        .startProcessInstanceByKey(
            QuoteApprovalProcess.KEY,
            withVariables(
                Variables.CUSTOMER_CODE.name(),
                "C0001",
                Variables.VALIDITY_DAYS.name(),
                30L,
                "customerAssistant",
                ASSISTANT));
  }

  private ProcessInstance startAndDraft(
      double discountPercent, boolean belowFloorPrice, double totalAmountCny) {
    ProcessInstance quote = startQuote();
    execute(job(Elements.NOTIFY_SALES_MANAGER, quote));
    draft(quote, discountPercent, belowFloorPrice, totalAmountCny);
    return quote;
  }

  private ProcessInstance startAndSend() {
    ProcessInstance quote = startAndDraft(4.0, false, 80_000);
    sign(quote, SALES_MANAGER, SignDecision.APPROVE);
    sendSignedQuote(quote);
    return quote;
  }

  /** Completes the draft with the decision inputs the draft listener derives from the lines. */
  private void draft(
      ProcessInstance quote,
      double discountPercent,
      boolean belowFloorPrice,
      double totalAmountCny) {
    assertThat(quote).isWaitingAt(Elements.DRAFT_QUOTE);
    complete(
        task(Elements.DRAFT_QUOTE, quote),
        withVariables(
            Variables.DISCOUNT_PERCENT.name(), discountPercent,
            Variables.BELOW_FLOOR_PRICE.name(), belowFloorPrice,
            Variables.TOTAL_AMOUNT_CNY.name(), totalAmountCny,
            Variables.CUSTOMER_TIER.name(), "primary"));
    assertThat(quote).hasPassed(Elements.DECIDE_SIGNERS).isWaitingAt(Elements.SIGN_QUOTE);
  }

  private void sign(ProcessInstance quote, String group, SignDecision decision) {
    assertThat(quote).isWaitingAt(Elements.SIGN_QUOTE);
    Task signing = task(Elements.SIGN_QUOTE, quote);
    assertThat(signing).hasCandidateGroup(group);
    complete(
        signing,
        withVariables(
            Variables.SIGN_DECISION.name(),
            decision.value(),
            Variables.SIGN_COMMENT.name(),
            decision == SignDecision.APPROVE ? "" : "请重新核价"));
  }

  private void sendSignedQuote(ProcessInstance quote) {
    assertThat(quote).isWaitingAt(Elements.GENERATE_SIGNED_QUOTE);
    execute(job(Elements.GENERATE_SIGNED_QUOTE, quote));
    assertThat(quote).isWaitingAt(Elements.SEND_QUOTE);
    execute(job(Elements.SEND_QUOTE, quote));
    assertThat(quote).isWaitingAt(Elements.REGISTER_CUSTOMER_RESPONSE);
  }

  private void respond(
      ProcessInstance quote, CustomerResponse response, Map<String, Object> details) {
    assertThat(quote).isWaitingAt(Elements.REGISTER_CUSTOMER_RESPONSE);
    Map<String, Object> variables = new java.util.HashMap<>(details);
    variables.put(Variables.CUSTOMER_RESPONSE.name(), response.value());
    complete(task(Elements.REGISTER_CUSTOMER_RESPONSE, quote), variables);
  }

  private static Job onlyTimer(ProcessInstance quote) {
    List<Job> timers =
        managementService().createJobQuery().processInstanceId(quote.getId()).timers().list();
    assertThat(timers).hasSize(1);
    return timers.get(0);
  }

  private static long signingTasks(ProcessInstance quote) {
    return historicTasks(quote, Elements.SIGN_QUOTE);
  }

  /** Stands in for the {@code quoteDeadlines} bean: fixed due dates, the default reminders. */
  public static final class Deadlines {

    public Date draftDue() {
      return Date.from(NOW.plus(Duration.ofDays(1)));
    }

    public Date signingDue() {
      return Date.from(NOW.plus(Duration.ofDays(2)));
    }

    public Date responseDue() {
      return Date.from(NOW.plus(Duration.ofDays(7)));
    }

    public String getSigningReminder() {
      return "P2D";
    }

    public String getResponseReminder() {
      return "P3D";
    }
  }
}
