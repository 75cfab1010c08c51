package com.gendan.credit;

import com.gendan.credit.CreditTermsRequest.TermsStatus;
import com.gendan.customer.CreditTerms;
import com.gendan.customer.CreditTermsApprovals;
import com.gendan.customer.CreditTermsRequestView;
import com.gendan.customer.CustomerCreditTerms;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.identity.PeopleDirectory;
import com.gendan.problem.ConflictException;
import com.gendan.process.EngineActions;
import com.gendan.process.Numbers;
import com.gendan.scope.CustomerScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit-terms change requests (SPEC D13): a change of a customer's credit limit or payment terms
 * by anyone but finance is recorded (who, when, old and new) and given to finance as a task;
 * approved, it is applied under the approver's name; the requester is mailed either way.
 */
@Service
@Transactional
public class CreditTermsRequests implements CreditTermsApprovals {

  private static final Logger LOG = LoggerFactory.getLogger(CreditTermsRequests.class);

  private final CreditTermsRequestRepository requests;
  private final CustomerCreditTerms customerTerms;
  private final CustomerDirectory customers;
  private final RuntimeService runtimeService;
  private final EngineActions engineActions;
  private final CreditMails mails;
  private final PeopleDirectory people;
  private final Clock clock;

  CreditTermsRequests(
      CreditTermsRequestRepository requests,
      CustomerCreditTerms customerTerms,
      CustomerDirectory customers,
      RuntimeService runtimeService,
      EngineActions engineActions,
      CreditMails mails,
      PeopleDirectory people,
      Clock clock) {
    this.requests = requests;
    this.customerTerms = customerTerms;
    this.customers = customers;
    this.runtimeService = runtimeService;
    this.engineActions = engineActions;
    this.mails = mails;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public CreditTermsRequestView request(
      long customerId, CreditTerms current, CreditTerms asked, String userId) {
    requests
        .findFirstByCustomerIdAndStatus(customerId, TermsStatus.REQUESTED)
        .ifPresent(
            open -> {
              throw ConflictException.duplicate(
                  "creditLimit", "该客户已有待财务审批的信用条件变更申请 " + open.requestNumber() + "，请待其审批后再改");
            });
    String number = "XY-" + Year.now(clock) + "-" + String.format("%05d", requests.nextNumber());
    CreditTermsRequest request =
        requests.save(
            new CreditTermsRequest(number, customerId, current, asked, userId, clock.instant()));
    // the requester may not start the process herself: Gendan has checked she may ask
    ProcessInstance instance =
        engineActions.asEngine(
            () ->
                runtimeService
                    .createProcessInstanceByKey(CreditTermsChangeProcess.KEY)
                    .businessKey(number)
                    .setVariable(CustomerScope.CUSTOMER_ID, customerId)
                    .setVariable(CreditTermsChangeProcess.Variables.REQUEST_ID.name(), request.id())
                    .setVariable(CreditTermsChangeProcess.Variables.REQUEST_NUMBER.name(), number)
                    .setVariable(
                        CreditTermsChangeProcess.Variables.CUSTOMER_NAME.name(),
                        customers.findById(customerId).orElseThrow().chineseName())
                    .setVariable(
                        CreditTermsChangeProcess.Variables.REQUEST_SUMMARY.name(), summary(request))
                    .execute());
    request.linkProcess(instance.getId());
    LOG.info(
        "Credit-terms change {} of customer {} requested by {}, process {}",
        number,
        customerId,
        userId,
        instance.getId());
    return view(request);
  }

  @Transactional(readOnly = true)
  CreditTermsRequest load(long requestId) {
    return requests
        .findById(requestId)
        .orElseThrow(() -> new IllegalStateException("no credit-terms request " + requestId));
  }

  /** Finance's answer: approved, the terms are applied now; a refusal says why. */
  public void decide(long requestId, CreditDecision decision, String note, String userId) {
    String kept =
        DecisionNotes.checked(CreditTermsChangeProcess.Variables.NOTE.name(), decision, note);
    CreditTermsRequest request = load(requestId);
    request.decide(decision, kept, userId, clock.instant());
    if (decision == CreditDecision.APPROVE) {
      customerTerms.apply(request.customerId(), request.asked(), userId);
    }
  }

  /** The requester is told what finance decided. */
  public void notifyRequester(long requestId) {
    CreditTermsRequest request = load(requestId);
    CustomerView customer = customers.findById(request.customerId()).orElseThrow();
    boolean approved = request.status() == TermsStatus.APPROVED;
    mails.termsDecided(
        "credit-terms:" + request.requestNumber() + ":" + request.status().name().toLowerCase(),
        request.createdBy(),
        "信用条件变更 "
            + request.requestNumber()
            + (approved ? " 已批准并生效：" : " 未批准：")
            + customer.chineseName(),
        List.of(
            summary(request),
            "财务 "
                + people.displayName(request.decidedBy())
                + (approved ? " 已同意，新信用条件已生效。" : " 不同意，原因：" + request.decisionNote())));
  }

  /** The customer, the old and the asked terms, who asked and when. */
  @Transactional(readOnly = true)
  String summary(CreditTermsRequest request) {
    CustomerView customer = customers.findById(request.customerId()).orElseThrow();
    return "客户 "
        + customer.chineseName()
        + "（"
        + customer.code()
        + "）\n信用额度："
        + money(request.oldCurrency(), request.oldCreditLimit())
        + " → "
        + money(request.newCurrency(), request.newCreditLimit())
        + "\n付款天数："
        + request.oldPaymentTermsDays()
        + " 天 → "
        + request.newPaymentTermsDays()
        + " 天\n申请人："
        + people.displayName(request.createdBy())
        + "（"
        + request.createdBy()
        + "）";
  }

  private static String money(String currency, BigDecimal amount) {
    return currency + " " + Numbers.plain(amount);
  }

  CreditTermsRequestView view(CreditTermsRequest r) {
    CustomerView customer = customers.findById(r.customerId()).orElseThrow();
    return new CreditTermsRequestView(
        r.id(),
        r.requestNumber(),
        r.customerId(),
        customer.code(),
        r.oldCreditLimit(),
        r.newCreditLimit(),
        r.oldCurrency(),
        r.newCurrency(),
        r.oldPaymentTermsDays(),
        r.newPaymentTermsDays(),
        r.status().name(),
        r.status().label(),
        r.createdBy(),
        r.createdAt(),
        r.decidedBy(),
        r.decidedAt(),
        r.decisionNote(),
        r.processInstanceId());
  }
}
