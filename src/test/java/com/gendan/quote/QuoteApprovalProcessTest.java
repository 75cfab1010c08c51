package com.gendan.quote;

import static com.gendan.ProcessTestEngine.assertShows;
import static com.gendan.ProcessTestEngine.historicTasks;
import static com.gendan.ProcessTestEngine.timer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.ProcessTestEngine;
import com.gendan.customer.CustomerDirectory;
import com.gendan.identity.PeopleDirectory;
import com.gendan.process.Actors;
import com.gendan.process.JsonVariables;
import com.gendan.quote.QuoteApprovalProcess.Beans;
import com.gendan.quote.QuoteApprovalProcess.CustomerResponse;
import com.gendan.quote.QuoteApprovalProcess.Elements;
import com.gendan.quote.QuoteApprovalProcess.SignDecision;
import com.gendan.quote.QuoteApprovalProcess.Variables;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of the quote approval process (SPEC D2) on a plain in-memory engine
 * (camunda.cfg.xml): the model, its signing authority DMN and its forms are deployed, and every
 * delegate and listener the model names is the real bean over Mockito mocks of the services behind
 * it (QuoteService, QuoteDocuments, QuoteMails, PeopleDirectory; QuoteFormVariables reads the
 * submitted forms as in the application, only what it publishes from the quote is scripted). The
 * forms are submitted as Tasklist submits them, by the signer logged in; the quote service keeps a
 * real Quote, whose revisions and signed document the beans read.
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
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The last day the sent quote is valid, as the quote service answers. */
  private static final LocalDate VALID_THROUGH = LocalDate.parse("2025-04-02");

  /** The quote expires as that day ends. */
  private static final Date VALID_UNTIL =
      Date.from(VALID_THROUGH.plusDays(1).atStartOfDay(SHANGHAI).toInstant());

  private static final String ASSISTANT = "liu.fang";
  private static final String SALES_MANAGER = "sales-manager";
  private static final String GENERAL_MANAGER = "general-manager";
  private static final Map<String, String> SIGNER_OF =
      Map.of(SALES_MANAGER, "zhao.min", GENERAL_MANAGER, "chen.zong");
  private static final long QUOTE_ID = 4711L;
  private static final long CUSTOMER_ID = 17L;
  private static final byte[] SIGNED_PDF = {'%', 'P', 'D', 'F'};

  private final Deadlines deadlines = engine.bean(Beans.DEADLINES, new Deadlines());

  // The services behind the real beans, mocked; their answers are scripted in stubServices.
  private final QuoteService quoteService = mock(QuoteService.class);
  private final QuoteDocuments documents = mock(QuoteDocuments.class);
  private final QuoteMails mails = mock(QuoteMails.class);
  private final PeopleDirectory people = mock(PeopleDirectory.class);
  private final QuoteFormVariables formVariables =
      spy(
          new QuoteFormVariables(
              quoteService, mock(CustomerDirectory.class), new JsonVariables(new ObjectMapper())));

  /** The quote as registered, drafted, signed and revised; null until registration. */
  private Quote registered;

  /** What the quote service derives from the next draft's prices for the signing authority. */
  private QuoteService.AuthorityInputs nextDraft;

  QuoteApprovalProcessTest() {
    engine.bean(
        Beans.REGISTER_INQUIRY,
        new RegisterInquiry(quoteService, formVariables, engine.formLabels()));
    engine.bean(Beans.NOTIFY_SALES_MANAGER, new NotifySalesManagerOfInquiry(mails));
    engine.bean(
        Beans.DRAFT_COMPLETED,
        new QuoteDraftCompleted(quoteService, formVariables, engine.formLabels()));
    engine.bean(
        Beans.SIGNATURE_RECORDED,
        new QuoteSignatureRecorded(quoteService, people, engine.formLabels()));
    engine.bean(Beans.REMIND_SIGNER, new RemindQuoteSigner(mails, people));
    engine.bean(Beans.RECORD_SIGNER_REJECTION, new RecordSignerRejection(mails));
    engine.bean(Beans.GENERATE_SIGNED_QUOTE, new GenerateSignedQuote(documents));
    engine.bean(Beans.SEND_QUOTE, new SendQuoteToCustomer(quoteService, mails, engine.clock()));
    engine.bean(
        Beans.CUSTOMER_RESPONSE_RECORDED,
        new CustomerResponseRecorded(quoteService, formVariables, engine.formLabels()));
    engine.bean(Beans.REMIND_CUSTOMER_RESPONSE, new RemindCustomerResponse(mails));
    engine.bean(Beans.EXPIRE_QUOTE, new ExpireQuote(quoteService));
    engine.bean(Beans.RECORD_PRICE_AGREEMENTS, new RecordPriceAgreements(quoteService));
    engine.bean(Beans.START_REVISION, new StartQuoteRevision(quoteService, formVariables));
    engine.bean(Beans.RECORD_CUSTOMER_DECLINE, new RecordCustomerDecline(mails));
  }

  @BeforeEach
  void stubServices() {
    when(quoteService.registerInquiry(any(), anyString()))
        .thenAnswer(
            call -> {
              InquiryRequest request = call.getArgument(0);
              registered =
                  new Quote(
                      "BJ-2025-0001",
                      request.customerId(),
                      request.currency(),
                      request.validityDays(),
                      request.note(),
                      List.of(),
                      ASSISTANT,
                      NOW);
              return QUOTE_ID;
            });
    when(quoteService.load(QUOTE_ID)).thenAnswer(call -> registered);
    when(quoteService.priceDraft(eq(QUOTE_ID), any(), anyString())).thenAnswer(call -> nextDraft);
    doAnswer(
            call -> {
              registered.current().attachDocument(SIGNED_PDF, "A1B2C3", VALID_THROUGH, NOW);
              return null;
            })
        .when(documents)
        .generate(eq(QUOTE_ID), any());
    when(quoteService.markSent(QUOTE_ID)).thenReturn(VALID_THROUGH);
    when(quoteService.startRevision(eq(QUOTE_ID), anyString()))
        .thenAnswer(call -> registered.startRevision(call.getArgument(1), NOW).revisionNo());
    // What the forms show of the quote (its lines and prices aside).
    doAnswer(
            call -> {
              VariableScope scope = call.getArgument(0);
              Variables.QUOTE_NUMBER.set(scope, "BJ-2025-0001");
              Variables.REVISION_NO.set(scope, registered.current().revisionNo());
              Variables.CUSTOMER_NAME.set(scope, "苏州华东精密机械有限公司");
              Variables.CURRENCY.set(scope, "CNY");
              return null;
            })
        .when(formVariables)
        .publish(any(), eq(QUOTE_ID));
    SIGNER_OF.forEach(
        (group, user) -> when(people.displayName(user)).thenReturn(user.toUpperCase()));
    when(people.roleName(SALES_MANAGER)).thenReturn("销售经理");
    when(people.roleName(GENERAL_MANAGER)).thenReturn("总经理");
    when(people.emailsOfGroup(SALES_MANAGER)).thenReturn(List.of("zhao.min@gendan.example"));
  }

  @Test
  void inquiryIsRegisteredTheManagerToldAndTheAssistantDrafts() throws Exception {
    ProcessInstance quote = startQuote();

    assertThat(quote).isWaitingAt(Elements.NOTIFY_SALES_MANAGER);
    verify(quoteService)
        .registerInquiry(
            argThat(
                request ->
                    request.customerId() == CUSTOMER_ID
                        && "CNY".equals(request.currency())
                        && request.validityDays() == 30
                        && request
                            .lines()
                            .equals(
                                List.of(
                                    new InquiryRequest.Line(
                                        "EC-R0603-103",
                                        new BigDecimal("10000"),
                                        new BigDecimal("0.012"))))),
            anyString());
    verify(quoteService).linkProcess(QUOTE_ID, quote.getId());
    assertThat(quote.getBusinessKey()).isEqualTo("BJ-2025-0001");
    verify(mails, never()).inquiryReceived(anyLong());

    execute(job());

    verify(mails).inquiryReceived(QUOTE_ID);
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
    verify(quoteService).priceDraft(QUOTE_ID, Map.of(1, new BigDecimal("12.5")), ASSISTANT);

    sign(quote, SALES_MANAGER, SignDecision.APPROVE);

    assertThat(quote).isWaitingAt(Elements.GENERATE_SIGNED_QUOTE);
    verify(quoteService)
        .sign(
            QUOTE_ID,
            new Signer("zhao.min", "ZHAO.MIN", SALES_MANAGER, "销售经理"),
            SignatureDecision.APPROVED,
            "");
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
    verify(documents, never()).generate(anyLong(), any());
    sign(quote, GENERAL_MANAGER, SignDecision.APPROVE);

    assertThat(quote).isWaitingAt(Elements.GENERATE_SIGNED_QUOTE);
    verify(quoteService)
        .sign(
            QUOTE_ID,
            new Signer("chen.zong", "CHEN.ZONG", GENERAL_MANAGER, "总经理"),
            SignatureDecision.APPROVED,
            "");
    verify(quoteService, times(2)).sign(eq(QUOTE_ID), any(), any(), any());
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
    verify(quoteService)
        .sign(
            QUOTE_ID,
            new Signer("zhao.min", "ZHAO.MIN", SALES_MANAGER, "销售经理"),
            SignatureDecision.REJECTED,
            "请重新核价");
    verify(mails).signerRejected(QUOTE_ID, "请重新核价");
    verify(documents, never()).generate(anyLong(), any());
    verify(mails, never()).quoteToCustomer(anyLong(), any());
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
    verify(mails).signerRejected(QUOTE_ID, "请重新核价");
    verify(documents, never()).generate(anyLong(), any());
  }

  @Test
  void sentBackForRevisionTheQuoteIsDraftedAndSignedAgain() throws Exception {
    ProcessInstance quote = startAndDraft(15.0, false, 80_000);

    sign(quote, SALES_MANAGER, SignDecision.REVISE);

    assertThat(quote).isWaitingAt(Elements.DRAFT_QUOTE);
    assertThat(task(quote)).isAssignedTo(ASSISTANT);
    verify(quoteService)
        .sign(eq(QUOTE_ID), any(), eq(SignatureDecision.REVISION_REQUESTED), eq("请重新核价"));
    verify(mails, never()).signerRejected(anyLong(), any());
    verify(documents, never()).generate(anyLong(), any());
    verify(quoteService, times(1)).priceDraft(eq(QUOTE_ID), any(), anyString());

    draft(quote, 8.0, false, 80_000);
    assertThat(quote)
        .variables()
        .containsEntry(Variables.APPROVER_GROUPS.name(), List.of(SALES_MANAGER));
    sign(quote, SALES_MANAGER, SignDecision.APPROVE);

    assertThat(quote).isWaitingAt(Elements.GENERATE_SIGNED_QUOTE);
    verify(quoteService, times(2)).priceDraft(eq(QUOTE_ID), any(), anyString());
    assertThat(signingTasks(quote)).isEqualTo(2);
  }

  @Test
  void signedQuoteIsGeneratedSentAndAwaitsTheCustomer() throws Exception {
    ProcessInstance quote = startAndSend();

    verify(documents).generate(QUOTE_ID, List.of(SALES_MANAGER));
    verify(mails).quoteToCustomer(QUOTE_ID, SIGNED_PDF);
    verify(quoteService).markSent(QUOTE_ID);
    assertThat(quote).variables().containsEntry(Variables.VALID_UNTIL.name(), VALID_UNTIL);
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
    verify(quoteService).respond(QUOTE_ID, CustomerResponse.ACCEPTED, List.of(), null, ASSISTANT);
    verify(quoteService).recordPriceAgreements(QUOTE_ID);
    verify(mails, never()).customerDeclined(anyLong(), any());
    verify(quoteService, never()).startRevision(anyLong(), any());
    verify(quoteService, never()).expire(anyLong());
  }

  @Test
  void partialAcceptanceRecordsPriceAgreementsForTheAcceptedLines() throws Exception {
    ProcessInstance quote = startAndSend();

    respond(
        quote,
        CustomerResponse.PARTIALLY_ACCEPTED,
        Map.of(
            Variables.ACCEPTED_LINES,
            SpinValues.jsonValue("[1,3]").create(),
            Variables.RESPONSE_REASON.name(),
            "第 2 项交期太长"));

    assertThat(quote).hasPassed(Elements.RECORD_PRICE_AGREEMENTS, Elements.END_ACCEPTED).isEnded();
    verify(quoteService)
        .respond(
            QUOTE_ID, CustomerResponse.PARTIALLY_ACCEPTED, List.of(1, 3), "第 2 项交期太长", ASSISTANT);
    verify(quoteService).recordPriceAgreements(QUOTE_ID);
    verify(mails, never()).customerDeclined(anyLong(), any());
    verify(quoteService, never()).startRevision(anyLong(), any());
  }

  @Test
  void counterOfferStartsARevisionThatIsDraftedAndSignedAgain() throws Exception {
    ProcessInstance quote = startAndSend();

    respond(
        quote,
        CustomerResponse.COUNTERED,
        Map.of(Variables.RESPONSE_REASON.name(), "客户还价：单价降到 11.50"));

    verify(quoteService).startRevision(QUOTE_ID, Actors.SYSTEM);
    assertThat(quote)
        .isWaitingAt(Elements.DRAFT_QUOTE)
        .variables()
        .containsEntry(Variables.REVISION_NO.name(), 2);
    verify(quoteService, never()).recordPriceAgreements(anyLong());
    verify(mails, never()).customerDeclined(anyLong(), any());

    draft(quote, 12.0, false, 80_000);
    sign(quote, SALES_MANAGER, SignDecision.APPROVE);
    sign(quote, GENERAL_MANAGER, SignDecision.APPROVE);
    sendSignedQuote(quote);
    respond(quote, CustomerResponse.ACCEPTED, Map.of());

    assertThat(quote).hasPassed(Elements.END_ACCEPTED).isEnded();
    verify(documents).generate(QUOTE_ID, List.of(SALES_MANAGER));
    verify(documents).generate(QUOTE_ID, List.of(SALES_MANAGER, GENERAL_MANAGER));
    verify(mails, times(2)).quoteToCustomer(QUOTE_ID, SIGNED_PDF);
    verify(quoteService).recordPriceAgreements(QUOTE_ID);
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
    verify(mails).customerDeclined(QUOTE_ID, "已向别家采购");
    verify(quoteService, never()).recordPriceAgreements(anyLong());
    verify(quoteService, never()).startRevision(anyLong(), any());
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
    verify(quoteService).expire(QUOTE_ID);
    verify(quoteService, never()).respond(anyLong(), any(), any(), any(), any());
    verify(quoteService, never()).recordPriceAgreements(anyLong());
    verify(mails, never()).customerDeclined(anyLong(), any());
    assertThat(taskService().createTaskQuery().processInstanceId(quote.getId()).count()).isZero();
  }

  @Test
  void signersAreRemindedWhileTheTaskStaysOpen() throws Exception {
    ProcessInstance quote = startAndDraft(4.0, false, 80_000);
    Task signing = task(quote);
    Job reminder = onlyTimer(quote);
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(2))));
    verify(mails, never()).signingReminder(anyLong(), any(), any());

    execute(reminder);

    verify(mails)
        .signingReminder(
            eq(QUOTE_ID), startsWith(signing.getId()), eq(List.of("zhao.min@gendan.example")));
    assertThat(quote).isWaitingAt(Elements.SIGN_QUOTE);
    assertThat(task(quote).getId()).isEqualTo(signing.getId());
    verify(quoteService, never()).sign(anyLong(), any(), any(), any());
  }

  @Test
  void theAssistantIsRemindedOfAMissingCustomerResponse() throws Exception {
    ProcessInstance quote = startAndSend();
    Task response = task(quote);
    Job reminder = timer(quote, Elements.REGISTER_CUSTOMER_RESPONSE);
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(3))));

    execute(reminder);

    verify(mails).responseReminder(eq(QUOTE_ID), startsWith(response.getId()));
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
    verify(quoteService, never()).expire(anyLong());
    verify(quoteService, never()).respond(anyLong(), any(), any(), any(), any());
  }

  // --- walking the process ---

  private ProcessInstance startQuote() {
    return runtimeService()
        .startProcessInstanceByKey(
            QuoteApprovalProcess.KEY,
            withVariables(
                // the customer scope's start listener puts the customer's id next to its code
                "customerId",
                CUSTOMER_ID,
                Variables.CUSTOMER_CODE.name(),
                "C0001",
                Variables.CURRENCY.name(),
                "CNY",
                Variables.VALIDITY_DAYS.name(),
                30L,
                Variables.INQUIRY_LINES_TEXT.name(),
                "EC-R0603-103 10000 0.012",
                Variables.INQUIRY_NOTE.name(),
                "",
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

  /**
   * Prices the draft's line on its form; the quote service derives these decision inputs from the
   * prices.
   */
  private void draft(
      ProcessInstance quote,
      double discountPercent,
      boolean belowFloorPrice,
      double totalAmountCny) {
    assertThat(quote).isWaitingAt(Elements.DRAFT_QUOTE);
    nextDraft =
        new QuoteService.AuthorityInputs(
            discountPercent, belowFloorPrice, totalAmountCny, "primary");
    complete(task(Elements.DRAFT_QUOTE, quote), withVariables("unitPrice1", 12.5));
    assertThat(quote)
        .variables()
        .containsEntry(Variables.DISCOUNT_PERCENT.name(), discountPercent)
        .containsEntry(Variables.BELOW_FLOOR_PRICE.name(), belowFloorPrice)
        .containsEntry(Variables.TOTAL_AMOUNT_CNY.name(), totalAmountCny)
        .containsEntry(Variables.CUSTOMER_TIER.name(), "primary");
    assertThat(quote).hasPassed(Elements.DECIDE_SIGNERS).isWaitingAt(Elements.SIGN_QUOTE);
  }

  private void sign(ProcessInstance quote, String group, SignDecision decision) {
    assertThat(quote).isWaitingAt(Elements.SIGN_QUOTE);
    Task signing = task(Elements.SIGN_QUOTE, quote);
    assertThat(signing).hasCandidateGroup(group);
    // Tasklist completes the task as the signer logged in
    identityService().setAuthenticatedUserId(SIGNER_OF.get(group));
    try {
      complete(
          signing,
          withVariables(
              Variables.SIGN_DECISION.name(),
              decision.value(),
              Variables.SIGN_COMMENT.name(),
              decision == SignDecision.APPROVE ? "" : "请重新核价"));
    } finally {
      identityService().clearAuthentication();
    }
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
