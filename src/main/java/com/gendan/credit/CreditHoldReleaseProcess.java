package com.gendan.credit;

import com.gendan.process.ProcessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The credit-hold release (货款异常特放, SPEC D11): its key, element ids, delegate bean names and typed
 * variables. Model: processes/credit-hold-release.bpmn.
 *
 * <p>The assistant asks to let one order through despite the customer's credit hold (amount,
 * reason, valid until) → finance approves or refuses → the general manager approves or refuses →
 * approved, the release lets exactly that order through the review's credit findings until the day
 * it is valid to; the requester is mailed either way (a refusal with its reason).
 */
public final class CreditHoldReleaseProcess {

  public static final String KEY = "creditHoldRelease";

  private CreditHoldReleaseProcess() {}

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START_REQUESTED = "Event_ReleaseRequested";
    public static final String REGISTER_RELEASE = "Task_RegisterRelease";
    public static final String FINANCE_APPROVAL = "Task_FinanceApproveRelease";
    public static final String FINANCE_APPROVED = "Gateway_FinanceApproved";
    public static final String GM_APPROVAL = "Task_GmApproveRelease";
    public static final String GM_APPROVED = "Gateway_GmApproved";
    public static final String NOTIFY_APPROVED = "Task_NotifyReleaseApproved";
    public static final String END_APPROVED = "Event_ReleaseApproved";
    public static final String REFUSED_JOIN = "Gateway_RefusedJoin";
    public static final String NOTIFY_REFUSED = "Task_NotifyReleaseRefused";
    public static final String END_REFUSED = "Event_ReleaseRefused";

    private Elements() {}
  }

  /** Spring beans the model names. */
  public static final class Beans {
    /** First step: checks and registers the start form's request (or links the API's). */
    public static final String REGISTER_RELEASE = "registerCreditHoldRelease";

    /** Task listener (complete) on finance's and on the general manager's approval. */
    public static final String DECIDED = "creditHoldReleaseDecided";

    /** Approved: the requester is mailed. */
    public static final String NOTIFY_APPROVED = "notifyCreditHoldReleaseApproved";

    /** Refused by finance or the general manager: the requester is mailed the reason. */
    public static final String NOTIFY_REFUSED = "notifyCreditHoldReleaseRefused";

    /** Due dates: {@code ${creditDeadlines.financeDue()}}, {@code gmDue()}. */
    public static final String DEADLINES = "creditDeadlines";

    private Beans() {}
  }

  public static final class Variables {
    /** The request (table credit_hold_release); every step loads it from there. */
    public static final ProcessVariable<Long> RELEASE_ID =
        ProcessVariable.of("creditHoldReleaseId", Long.class);

    /** TF-2026-00001: business key, shown on the forms and in their document link. */
    public static final ProcessVariable<String> RELEASE_NUMBER =
        ProcessVariable.of("releaseNumber", String.class);

    // Start form (with the customer scope's customerCode).
    public static final ProcessVariable<String> ORDER_NUMBER =
        ProcessVariable.of("orderNumber", String.class);

    /** In the order's currency, as typed. */
    public static final ProcessVariable<BigDecimal> AMOUNT = ProcessVariable.decimal("amount");

    public static final ProcessVariable<String> REASON = ProcessVariable.of("reason", String.class);
    public static final ProcessVariable<LocalDate> VALID_UNTIL = ProcessVariable.date("validUntil");

    /** The customer's Chinese name, on the task cards. */
    public static final ProcessVariable<String> CUSTOMER_NAME =
        ProcessVariable.of("customerName", String.class);

    /** Shown on the approval forms: the order, the customer, the amount, why and until when. */
    public static final ProcessVariable<String> RELEASE_SUMMARY =
        ProcessVariable.of("releaseSummary", String.class);

    // Finance's approval form.
    public static final ProcessVariable<CreditDecision> FINANCE_DECISION =
        ProcessVariable.choice("financeDecision", CreditDecision.class);
    public static final ProcessVariable<String> FINANCE_NOTE =
        ProcessVariable.of("financeNote", String.class);

    // The general manager's approval form.
    public static final ProcessVariable<CreditDecision> GM_DECISION =
        ProcessVariable.choice("gmDecision", CreditDecision.class);
    public static final ProcessVariable<String> GM_NOTE =
        ProcessVariable.of("gmNote", String.class);

    private Variables() {}
  }
}
