package com.gendan.credit;

import com.gendan.process.ProcessVariable;

/**
 * The credit-terms change request (SPEC D13: changes to credit limit or payment terms need finance
 * approval): its key, element ids, delegate bean names and typed variables. Model:
 * processes/credit-terms-change.bpmn.
 *
 * <p>Started by Gendan when someone other than finance changes a customer's credit limit or payment
 * terms through {@code PUT /api/customers/{id}} (the change is not applied) → finance approves
 * (applied, recorded with who and when) or refuses saying why → the requester is mailed.
 */
public final class CreditTermsChangeProcess {

  public static final String KEY = "creditTermsChange";

  private CreditTermsChangeProcess() {}

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START_REQUESTED = "Event_CreditTermsChangeRequested";
    public static final String APPROVE_CHANGE = "Task_ApproveCreditTermsChange";
    public static final String NOTIFY_REQUESTER = "Task_NotifyCreditTermsRequester";
    public static final String END_DECIDED = "Event_CreditTermsChangeDecided";

    private Elements() {}
  }

  /** Spring beans the model names. */
  public static final class Beans {
    /** Task listener (complete) on finance's approval: applies an approved change. */
    public static final String DECIDED = "creditTermsChangeDecided";

    /** The requester is mailed the outcome. */
    public static final String NOTIFY_REQUESTER = "notifyCreditTermsRequester";

    /** Due date: {@code ${creditDeadlines.termsApprovalDue()}}. */
    public static final String DEADLINES = CreditHoldReleaseProcess.Beans.DEADLINES;

    private Beans() {}
  }

  public static final class Variables {
    /** The request (table credit_terms_request). */
    public static final ProcessVariable<Long> REQUEST_ID =
        ProcessVariable.of("creditTermsRequestId", Long.class);

    /** XY-2026-00001: business key, shown on the form. */
    public static final ProcessVariable<String> REQUEST_NUMBER =
        ProcessVariable.of("creditTermsRequestNumber", String.class);

    /** The customer's Chinese name, on the task card. */
    public static final ProcessVariable<String> CUSTOMER_NAME =
        ProcessVariable.of("customerName", String.class);

    /** Shown on finance's form: the customer, old and new terms, who asked and when. */
    public static final ProcessVariable<String> REQUEST_SUMMARY =
        ProcessVariable.of("creditTermsSummary", String.class);

    // Finance's form.
    public static final ProcessVariable<CreditDecision> DECISION =
        ProcessVariable.choice("termsDecision", CreditDecision.class);
    public static final ProcessVariable<String> NOTE =
        ProcessVariable.of("termsNote", String.class);

    private Variables() {}
  }
}
