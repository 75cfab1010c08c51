package com.gendan.sample;

import com.gendan.process.FormChoice;
import com.gendan.process.ProcessVariable;
import java.time.LocalDate;

/**
 * The sample tracking process (SPEC D1): its key, element ids, delegate bean names, message names
 * and typed variables. Model: processes/sample-tracking.bpmn.
 */
public final class SampleTrackingProcess {

  public static final String KEY = "sampleTracking";

  private SampleTrackingProcess() {}

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START_REQUESTED = "Event_SampleRequested";
    public static final String REGISTER_REQUEST = "Task_RegisterSampleRequest";

    /** Where the first round and every later round (after a fail) start. */
    public static final String ROUND_JOIN = "Gateway_RoundJoin";

    /** Where the approved and the no-approval-needed paths meet before shipping. */
    public static final String SHIP_JOIN = "Gateway_ShipJoin";

    public static final String APPROVAL_NEEDED = "Gateway_ApprovalNeeded";
    public static final String APPROVE_SAMPLE = "Task_ApproveSample";
    public static final String APPROVAL_OUTCOME = "Gateway_ApprovalOutcome";
    public static final String RECORD_REFUSAL = "Task_RecordSampleRefused";
    public static final String END_REFUSED = "Event_SampleRefused";
    public static final String SHIP_SAMPLE = "Task_ShipSample";
    public static final String MAIL_TRACKING = "Task_MailTracking";
    public static final String CONFIRM_DELIVERY = "Task_ConfirmDelivery";
    public static final String FOLLOW_UP = "SubProcess_FollowUp";
    public static final String FOLLOW_UP_START = "Event_FollowUpStarted";
    public static final String FOLLOW_UP_LOOP = "Gateway_FollowUpLoop";

    /**
     * Open from the delivery on, so the result can be recorded any day; a contact without a result
     * opens the next one. Its timeout listener reminds the assistant every follow-up interval.
     */
    public static final String FOLLOW_UP_RESULT = "Task_FollowUpResult";

    public static final String RESULT_KNOWN = "Gateway_ResultKnown";

    /** Terminate end: the result is known, an open escalation task ends with it. */
    public static final String END_RESULT_KNOWN = "Event_ResultKnown";

    public static final String ESCALATION = "SubProcess_Escalation";

    /** Non-interrupting timer start of the event sub-process inside the follow-up. */
    public static final String ESCALATION_TIMER = "Event_FollowUpOverdue";

    public static final String NOTIFY_SALES_REP = "Task_NotifySalesRep";
    public static final String HELP_FOLLOW_UP = "Task_HelpFollowUp";
    public static final String END_HELP_GIVEN = "Event_HelpGiven";
    public static final String RESULT_OUTCOME = "Gateway_SampleResult";
    public static final String RECORD_APPROVAL = "Task_RecordSampleApproval";
    public static final String END_APPROVED = "Event_SampleApproved";
    public static final String NEXT_ROUND = "Gateway_NextRound";
    public static final String START_NEXT_ROUND = "Task_StartNextRound";
    public static final String END_FAILED = "Event_SampleFailed";
    public static final String WITHDRAWAL = "SubProcess_Withdrawal";

    /** Interrupting message start of the withdrawal event sub-process. */
    public static final String WITHDRAWN = "Event_SampleWithdrawn";

    public static final String RECORD_WITHDRAWAL = "Task_RecordWithdrawal";
    public static final String END_WITHDRAWN = "Event_WithdrawalRecorded";

    private Elements() {}
  }

  /** Messages the process accepts. */
  public static final class Messages {
    /** Withdraws the request at any point; carries {@link Variables#WITHDRAWAL_REASON}. */
    public static final String WITHDRAW = "sampleWithdrawn";

    private Messages() {}
  }

  /** Spring beans the model names in delegate expressions and expressions. */
  public static final class Beans {
    public static final String REGISTER_REQUEST = "registerSampleRequest";

    /** Task listener (complete) on the approval task: records the manager's decision. */
    public static final String APPROVAL_RECORDED = "sampleApprovalRecorded";

    public static final String RECORD_REFUSAL = "recordSampleRefused";

    /** Task listener (complete) on the shipping task: validates and stores the shipment. */
    public static final String SHIPMENT_RECORDED = "sampleShipmentRecorded";

    public static final String MAIL_TRACKING = "mailSampleTracking";

    /** Task listener (complete) on the delivery task: stores the delivery date. */
    public static final String DELIVERY_RECORDED = "sampleDeliveryRecorded";

    /** Task listener (complete) on the follow-up task: logs the contact, and the result. */
    public static final String FOLLOW_UP_RECORDED = "sampleFollowUpRecorded";

    /**
     * Task listener (timeout, every {@code ${sampleDeadlines.followUpInterval}}) on the follow-up
     * task: mails the assistant while no contact is logged.
     */
    public static final String REMIND_FOLLOW_UP = "remindSampleFollowUp";

    public static final String NOTIFY_SALES_REP = "notifySalesRepOfSample";

    /** Task listener (complete) on the sales rep's task: logs what the rep learned. */
    public static final String HELP_RECORDED = "sampleHelpRecorded";

    public static final String RECORD_APPROVAL = "recordSampleApproval";
    public static final String START_NEXT_ROUND = "startNextSampleRound";
    public static final String RECORD_WITHDRAWAL = "recordSampleWithdrawal";

    /**
     * Due dates and timer periods from configuration: {@code ${sampleDeadlines.approvalDue()}},
     * {@code shippingDue()}, {@code deliveryDue()}, {@code followUpDue()}, {@code helpDue()}
     * (Dates) and {@code ${sampleDeadlines.followUpInterval}} (the follow-up reminder's cycle),
     * {@code ${sampleDeadlines.escalationAfter}} (ISO-8601 durations).
     */
    public static final String DEADLINES = "sampleDeadlines";

    private Beans() {}
  }

  /** The approval form's decision ({@link Variables#APPROVAL_DECISION}). */
  public enum ApprovalDecision implements FormChoice {
    APPROVE("approve"),
    REFUSE("refuse");

    private final String value;

    ApprovalDecision(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  /** The follow-up form's result ({@link Variables#SAMPLE_RESULT}). */
  public enum Result implements FormChoice {
    PENDING("pending", null),
    PASS("pass", SampleResult.PASS),
    CONDITIONAL_PASS("conditional", SampleResult.CONDITIONAL_PASS),
    FAIL("fail", SampleResult.FAIL);

    private final String value;
    private final SampleResult verdict;

    Result(String value, SampleResult verdict) {
      this.value = value;
      this.verdict = verdict;
    }

    @Override
    public String value() {
      return value;
    }

    /** The customer's verdict; null while it is pending. */
    SampleResult verdict() {
      return verdict;
    }
  }

  public static final class Variables {
    public static final ProcessVariable<Long> SAMPLE_ID =
        ProcessVariable.of("sampleId", Long.class);
    public static final ProcessVariable<String> SAMPLE_NUMBER =
        ProcessVariable.of("sampleNumber", String.class);
    public static final ProcessVariable<Integer> ROUND_NO =
        ProcessVariable.of("roundNo", Integer.class);
    public static final ProcessVariable<String> CUSTOMER_NAME =
        ProcessVariable.of("customerName", String.class);

    /** Shown on the forms: product and spec in words, quantity, purpose. */
    public static final ProcessVariable<String> SAMPLE_SUMMARY =
        ProcessVariable.of("sampleSummary", String.class);

    // Request start form (Tasklist): customerCode, productCode (optional), specText, quantity,
    // unit, purpose, charged (boolean), sampleValue, targetDate.
    public static final ProcessVariable<String> PRODUCT_CODE =
        ProcessVariable.of("productCode", String.class);
    public static final ProcessVariable<String> SPEC_TEXT =
        ProcessVariable.of("specText", String.class);
    public static final ProcessVariable<Double> QUANTITY =
        ProcessVariable.of("quantity", Double.class);
    public static final ProcessVariable<String> UNIT = ProcessVariable.of("unit", String.class);
    public static final ProcessVariable<String> PURPOSE =
        ProcessVariable.of("purpose", String.class);
    public static final ProcessVariable<Boolean> CHARGED =
        ProcessVariable.of("charged", Boolean.class);
    public static final ProcessVariable<Double> SAMPLE_VALUE =
        ProcessVariable.of("sampleValue", Double.class);
    public static final ProcessVariable<LocalDate> TARGET_DATE = ProcessVariable.date("targetDate");

    /** Set by registration: a free sample above the configured value needs the manager. */
    public static final ProcessVariable<Boolean> APPROVAL_REQUIRED =
        ProcessVariable.of("approvalRequired", Boolean.class);

    /** Approval form: one of {@link ApprovalDecision}; a refusal needs a comment. */
    public static final ProcessVariable<ApprovalDecision> APPROVAL_DECISION =
        ProcessVariable.choice("approvalDecision", ApprovalDecision.class);

    public static final ProcessVariable<String> APPROVAL_COMMENT =
        ProcessVariable.of("approvalComment", String.class);

    // Shipping form: carrier, trackingNumber, shippedDate. Delivery form: deliveredDate.
    public static final ProcessVariable<String> CARRIER =
        ProcessVariable.of("carrier", String.class);
    public static final ProcessVariable<String> TRACKING_NUMBER =
        ProcessVariable.of("trackingNumber", String.class);
    public static final ProcessVariable<LocalDate> SHIPPED_DATE =
        ProcessVariable.date("shippedDate");
    public static final ProcessVariable<LocalDate> DELIVERED_DATE =
        ProcessVariable.date("deliveredDate");

    // Follow-up form: contactDate, contactPerson, contactNote, sampleResult, resultConditions,
    // customerFeedback, newRound (after a fail), improvementNote.
    public static final ProcessVariable<LocalDate> CONTACT_DATE =
        ProcessVariable.date("contactDate");
    public static final ProcessVariable<String> CONTACT_PERSON =
        ProcessVariable.of("contactPerson", String.class);
    public static final ProcessVariable<String> CONTACT_NOTE =
        ProcessVariable.of("contactNote", String.class);

    /** One of {@link Result}. */
    public static final ProcessVariable<Result> SAMPLE_RESULT =
        ProcessVariable.choice("sampleResult", Result.class);

    public static final ProcessVariable<String> RESULT_CONDITIONS =
        ProcessVariable.of("resultConditions", String.class);
    public static final ProcessVariable<String> CUSTOMER_FEEDBACK =
        ProcessVariable.of("customerFeedback", String.class);
    public static final ProcessVariable<Boolean> NEW_ROUND =
        ProcessVariable.of("newRound", Boolean.class);
    public static final ProcessVariable<String> IMPROVEMENT_NOTE =
        ProcessVariable.of("improvementNote", String.class);

    /** Carried by the {@link Messages#WITHDRAW} message, with who withdrew. */
    public static final ProcessVariable<String> WITHDRAWAL_REASON =
        ProcessVariable.of("withdrawalReason", String.class);

    public static final ProcessVariable<String> WITHDRAWN_BY =
        ProcessVariable.of("withdrawnBy", String.class);

    private Variables() {}
  }
}
