package com.gendan.order;

import com.gendan.order.OrderDecisions.CorrectionAction;
import com.gendan.order.OrderDecisions.CreditHold;
import com.gendan.order.OrderDecisions.DeviationDecision;
import com.gendan.process.ProcessVariable;
import java.time.LocalDate;

/**
 * The sales order process (SPEC D3, D4, D5): its key, element ids, delegate bean names and typed
 * variables. Model: processes/sales-order.bpmn. The main flow covers intake from any channel (with
 * the written confirmation of phone orders), the automatic review, the correction loop, the credit
 * hold and the production plan, then waits until everything is shipped (or the rest cancelled) and
 * closes the order. Event sub-processes handle what can happen at any time: production exceptions,
 * finished goods (one shipment each), approved changes and cancellation.
 */
public final class SalesOrderProcess {

  public static final String KEY = "salesOrder";

  private SalesOrderProcess() {}

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START_RECEIVED = "Event_OrderReceived";
    public static final String REGISTER_ORDER = "Task_RegisterOrder";
    public static final String INTAKE_SPLIT = "Gateway_IntakeSplit";
    public static final String PHONE_ORDER = "Gateway_PhoneOrder";
    public static final String OBTAIN_CONFIRMATION = "Task_ObtainWrittenConfirmation";

    /** Merges the phone and the written branch before the parallel join. */
    public static final String CONFIRMATION_JOIN = "Gateway_ConfirmationJoin";

    public static final String INTAKE_JOIN = "Gateway_IntakeJoin";

    /**
     * After the intake: an approved change applied to the order after its clean review (while the
     * written confirmation was awaited) sends it round the review again.
     */
    public static final String CHANGED_IN_REVIEW = "Gateway_ChangedInReview";

    /** Starts the review again, the written confirmation already being in hand. */
    public static final String REVIEW_AGAIN = "Gateway_ReviewChangedOrderAgain";

    public static final String REVIEW_JOIN = "Gateway_ReviewJoin";
    public static final String REVIEW_ORDER = "Task_ReviewOrder";
    public static final String REVIEW_OUTCOME = "Gateway_ReviewOutcome";
    public static final String RESOLVE_CREDIT_HOLD = "Task_ResolveCreditHold";
    public static final String CORRECT_ORDER = "Task_CorrectOrder";
    public static final String PRICE_DEVIATION = "Gateway_PriceDeviationAccepted";
    public static final String CONFIRM_PRICE_DEVIATION = "Task_ConfirmPriceDeviation";
    public static final String ISSUE_PRODUCTION_PLAN = "Task_IssueProductionPlan";
    public static final String CONFIRM_PRODUCTION_PLAN = "Task_ConfirmProductionPlan";

    /** Intermediate conditional event: waits until {@link Variables#FULFILLED} is true. */
    public static final String ORDER_FULFILLED = "Event_OrderFulfilled";

    public static final String CLOSE_ORDER = "Task_CloseOrder";
    public static final String END_CLOSED = "Event_OrderClosed";

    /** Non-interrupting event sub-process: production raises a problem on the order. */
    public static final String EXCEPTION = "SubProcess_ProductionException";

    public static final String EXCEPTION_RAISED = "Event_ProductionExceptionRaised";

    /**
     * An exception top management decided already (an order giving way to an urgent demand) goes
     * straight to the assistant.
     */
    public static final String EXCEPTION_DECIDED_ALREADY = "Gateway_ExceptionDecidedAlready";

    public static final String NOTIFY_TOP_MANAGEMENT = "Task_NotifyTopManagement";
    public static final String DECIDE_EXCEPTION = "Task_DecideException";
    public static final String INFORM_CUSTOMER_JOIN = "Gateway_InformCustomerJoin";
    public static final String INFORM_CUSTOMER = "Task_InformCustomer";
    public static final String END_EXCEPTION_HANDLED = "Event_ExceptionHandled";

    /** Non-interrupting event sub-process: finished goods become one shipment. */
    public static final String SHIPMENT = "SubProcess_Shipment";

    public static final String GOODS_READY = "Event_GoodsReady";

    /** Quality passes or holds the batch before anything is prepared for it (出货检验). */
    public static final String INSPECT_GOODS = "Task_InspectOutgoingGoods";

    public static final String GOODS_PASSED = "Gateway_GoodsPassed";

    /** A held batch goes back to production as a quality exception. */
    public static final String RETURN_HELD_GOODS = "Task_ReturnHeldGoods";

    public static final String END_GOODS_HELD = "Event_GoodsHeld";
    public static final String ISSUE_STOCK_NOTICE = "Task_IssueStockPreparationNotice";
    public static final String CHOOSE_TRANSPORT = "Task_ChooseTransport";
    public static final String RECORD_OUTBOUND = "Task_RecordOutbound";
    public static final String NOTIFY_CUSTOMER_OF_SHIPMENT = "Task_NotifyCustomerOfShipment";
    public static final String END_SHIPPED = "Event_ShipmentDone";

    /** Non-interrupting event sub-process: an approved change is applied to the order. */
    public static final String CHANGE = "SubProcess_OrderChange";

    public static final String CHANGE_APPROVED = "Event_OrderChangeApproved";
    public static final String APPLY_CHANGE = "Task_ApplyOrderChange";
    public static final String PLAN_AFFECTED = "Gateway_PlanAffected";
    public static final String RECONFIRM_PLAN = "Task_ReconfirmProductionPlan";
    public static final String END_CHANGE_APPLIED = "Event_OrderChangeApplied";
    public static final String END_CHANGED_PLAN_CONFIRMED = "Event_ChangedPlanConfirmed";

    /** Interrupting event sub-process: the order (or what is left of it) is cancelled. */
    public static final String CANCELLATION = "SubProcess_OrderCancellation";

    public static final String CANCELLATION_APPROVED = "Event_OrderCancellationApproved";
    public static final String CANCEL_ORDER = "Task_CancelOrder";
    public static final String END_CANCELLED = "Event_OrderCancelled";

    private Elements() {}
  }

  /** Messages the process accepts. */
  public static final class Messages {
    /**
     * Production raises a problem on the order (late, short, quality) at any time; carries {@link
     * Variables#EXCEPTION_ID}.
     */
    public static final String PRODUCTION_EXCEPTION = "productionException";

    /** Production reports finished quantities; carries {@link Variables#SHIPMENT_ID}. */
    public static final String GOODS_READY = "goodsReady";

    /** An approved change (D6); carries {@link Variables#ORDER_CHANGE_ID}. */
    public static final String ORDER_CHANGE_APPROVED = "orderChangeApproved";

    /**
     * An approved cancellation of the order or its rest; carries {@link
     * Variables#CANCELLATION_REASON}.
     */
    public static final String ORDER_CANCELLED = "orderCancelled";

    private Messages() {}
  }

  /** Spring beans the model names in delegate expressions and expressions. */
  public static final class Beans {
    public static final String REGISTER_ORDER = "registerOrder";

    /** Task listener (complete) on the written confirmation task. */
    public static final String CONFIRMATION_RECORDED = "orderConfirmationRecorded";

    /** Task listener (timeout) on the written confirmation task: reminds the assistant. */
    public static final String REMIND_CONFIRMATION = "remindOrderConfirmation";

    public static final String REVIEW_ORDER = "reviewOrder";

    /** Task listener (complete) on the credit hold task: finance says whether it is lifted. */
    public static final String CREDIT_HOLD_RECORDED = "creditHoldRecorded";

    /**
     * Task listener (complete) on the correction task: revises lines or accepts findings; the
     * manager's refusal it answered is no longer shown.
     */
    public static final String CORRECTION_RECORDED = "orderCorrectionRecorded";

    /** Task listener (timeout) on the correction task: reminds the assistant. */
    public static final String REMIND_CORRECTION = "remindOrderCorrection";

    /** Task listener (complete) on the manager's price deviation task. */
    public static final String PRICE_DEVIATION_RECORDED = "priceDeviationRecorded";

    public static final String ISSUE_PRODUCTION_PLAN = "issueProductionPlan";

    /**
     * Execution listener (end) on the exception sub-process's start event, once the message has put
     * exceptionId in the sub-process scope: opens the summary, the decision (already taken for an
     * order giving way to an urgent demand) and the inform form's field there.
     */
    public static final String EXCEPTION_RAISED = "productionExceptionRaised";

    /** Mails top management the exception with the order's facts (async). */
    public static final String NOTIFY_TOP_MANAGEMENT = "notifyTopManagementOfException";

    /** Task listener (complete) on the decision task: records top management's decision. */
    public static final String EXCEPTION_DECIDED = "exceptionDecided";

    /** Task listener (complete) on the inform task: records how the customer was informed. */
    public static final String CUSTOMER_INFORMED = "customerInformedOfException";

    /** Task listener (complete) on the plan confirmation: production's completion date. */
    public static final String PLAN_CONFIRMED = "productionPlanConfirmed";

    /**
     * Task listener (complete, after {@link #PLAN_CONFIRMED}) on both plan confirmations: a planned
     * completion that will miss a requested date raises the LATE production exception at once (bean
     * in {@code production}).
     */
    public static final String PLAN_DUE_DATES_CHECKED = "planDueDatesChecked";

    /** Service task: the order is closed once everything is shipped. */
    public static final String CLOSE_ORDER = "closeOrder";

    /**
     * Execution listener (start) on the shipment sub-process: opens the shipment forms' fields in
     * the sub-process scope (the message puts shipmentId there).
     */
    public static final String SHIPMENT_STARTED = "shipmentStarted";

    /** Task listener (create) on the outgoing inspection: shows quality the batch. */
    public static final String INSPECTION_OPENED = "outgoingInspectionOpened";

    /** Task listener (complete) on the outgoing inspection: records the verdict on the batch. */
    public static final String INSPECTION_RECORDED = "outgoingInspectionRecorded";

    /** Raises the quality exception of a held batch (bean in {@code production}). */
    public static final String RETURN_HELD_GOODS = "returnHeldGoods";

    /** Mails the stock preparation notice (备货通知单) to the warehouse; proposes the transport. */
    public static final String ISSUE_STOCK_NOTICE = "issueStockPreparationNotice";

    /** Task listener (complete) on the transport choice. */
    public static final String TRANSPORT_CHOSEN = "transportChosen";

    /** Task listener (complete) on the outbound task: shipped quantities, carrier, tracking. */
    public static final String OUTBOUND_RECORDED = "outboundRecorded";

    public static final String NOTIFY_CUSTOMER_OF_SHIPMENT = "notifyCustomerOfShipment";

    /**
     * Execution listener (start) on {@link Elements#REVIEW_AGAIN}: clears {@link
     * Variables#REVIEW_AGAIN} (bean in {@code orderchange}).
     */
    public static final String CHANGED_ORDER_REVIEWED_AGAIN = "changedOrderReviewedAgain";

    /** Applies the change; sets {@link Variables#PLAN_AFFECTED}. */
    public static final String APPLY_CHANGE = "applyOrderChange";

    public static final String CANCEL_ORDER = "cancelOrder";

    /**
     * Due dates and periods: {@code ${orderDeadlines.confirmationDue()}} (next working day), {@code
     * correctionDue()}, {@code creditHoldDue()}, {@code priceDeviationDue()}, {@code
     * planConfirmationDue()} (Dates), {@code ${orderDeadlines.confirmationReminder}}, {@code
     * ${orderDeadlines.correctionReminder}} (ISO-8601 durations).
     */
    public static final String DEADLINES = "orderDeadlines";

    // orderDeadlines also has exceptionDecisionDue(), informCustomerDue(), transportChoiceDue(),
    // outboundDue() and allocationDue() (Dates).

    private Beans() {}
  }

  public static final class Variables {
    public static final ProcessVariable<Long> ORDER_ID = ProcessVariable.of("orderId", Long.class);
    public static final ProcessVariable<String> ORDER_NUMBER =
        ProcessVariable.of("orderNumber", String.class);
    public static final ProcessVariable<String> CUSTOMER_NAME =
        ProcessVariable.of("customerName", String.class);

    /** Set by registration: the order came by phone and needs written confirmation. */
    public static final ProcessVariable<Boolean> PHONE_ORDER =
        ProcessVariable.of("phoneOrder", Boolean.class);

    /** Set by the review: the customer is on credit hold. */
    public static final ProcessVariable<Boolean> CREDIT_HOLD =
        ProcessVariable.of("creditHold", Boolean.class);

    /** Set by the review: the number of open findings (credit hold aside). */
    public static final ProcessVariable<Integer> OPEN_FINDINGS =
        ProcessVariable.of("openFindings", Integer.class);

    /** Shown on the correction form: the findings, one a line, each code and explanation. */
    public static final ProcessVariable<String> FINDINGS_TEXT =
        ProcessVariable.of("findingsText", String.class);

    /** Shown on the forms: the order's lines, one a line. */
    public static final ProcessVariable<String> LINES_TEXT =
        ProcessVariable.of("linesText", String.class);

    /** Correction form: new lines entered, or the findings accepted. */
    public static final ProcessVariable<CorrectionAction> CORRECTION_ACTION =
        ProcessVariable.choice("correctionAction", CorrectionAction.class);

    /** Set by the correction: an accepted price deviation needs the manager. */
    public static final ProcessVariable<Boolean> PRICE_DEVIATION_ACCEPTED =
        ProcessVariable.of("priceDeviationAccepted", Boolean.class);

    /** Manager's form: the accepted price deviation confirmed or rejected. */
    public static final ProcessVariable<DeviationDecision> DEVIATION_DECISION =
        ProcessVariable.choice("deviationDecision", DeviationDecision.class);

    // Start form: customerCode (customer scope), channel, customerPo, receivedAt, linesText,
    // specialRequirements.
    public static final ProcessVariable<OrderChannel> CHANNEL =
        ProcessVariable.choice("channel", OrderChannel.class);
    public static final ProcessVariable<String> CUSTOMER_PO =
        ProcessVariable.of("customerPo", String.class);
    public static final ProcessVariable<String> RECEIVED_AT =
        ProcessVariable.of("receivedAt", String.class);

    /** Shown on the production plan form in its own field, as the regulation asks. */
    public static final ProcessVariable<String> SPECIAL_REQUIREMENTS =
        ProcessVariable.of("specialRequirements", String.class);

    /**
     * Shown on the correction and production plan forms: the conditions of the customer's
     * conditional sample passes for the order's products, one a row (empty when none).
     */
    public static final ProcessVariable<String> SAMPLE_CONDITIONS_TEXT =
        ProcessVariable.of("sampleConditionsText", String.class);

    /**
     * Shown on the production plan form instead of the priced lines: per line product, name, spec,
     * quantity with unit and requested date.
     */
    public static final ProcessVariable<String> PLAN_LINES_TEXT =
        ProcessVariable.of("planLinesText", String.class);

    /**
     * The earliest requested date of the lines still to ship: the production plan form warns when
     * the planned completion is later.
     */
    public static final ProcessVariable<LocalDate> EARLIEST_REQUESTED_DATE =
        ProcessVariable.date("earliestRequestedDate");

    // Written confirmation form.
    public static final ProcessVariable<String> CONFIRMATION_REFERENCE =
        ProcessVariable.of("confirmationReference", String.class);
    public static final ProcessVariable<LocalDate> CONFIRMED_ON =
        ProcessVariable.date("confirmedOn");
    // Credit hold form: lifted or kept.
    public static final ProcessVariable<CreditHold> CREDIT_HOLD_LIFTED =
        ProcessVariable.choice("creditHoldLifted", CreditHold.class);
    public static final ProcessVariable<String> CREDIT_NOTE =
        ProcessVariable.of("creditNote", String.class);
    // Correction form.
    public static final ProcessVariable<String> REVISED_LINES_TEXT =
        ProcessVariable.of("revisedLinesText", String.class);
    public static final ProcessVariable<String> ACCEPTANCE_REASON =
        ProcessVariable.of("acceptanceReason", String.class);

    /**
     * Revising, what the assistant adds to the order's special requirements, e.g. a standing
     * requirement of the customer the review found missing.
     */
    public static final ProcessVariable<String> ADDED_SPECIAL_REQUIREMENTS =
        ProcessVariable.of("addedSpecialRequirements", String.class);

    // Price deviation form; the comment (a refusal's reason) is also shown on the correction
    // form it sends the order back to.
    public static final ProcessVariable<String> DEVIATION_COMMENT =
        ProcessVariable.of("deviationComment", String.class);
    // Production plan form.
    public static final ProcessVariable<LocalDate> PLANNED_COMPLETION_DATE =
        ProcessVariable.date("plannedCompletionDate");
    public static final ProcessVariable<String> PLAN_NOTE =
        ProcessVariable.of("planNote", String.class);

    // Production exception: the message carries exceptionId; the decision task shows
    // exceptionSummary and takes exceptionDecision; the inform task takes customerInformedHow,
    // which lives in the sub-process scope like exceptionId.
    /**
     * The exception this event sub-process instance handles. Several can be open at once, so the
     * message sets it in the sub-process scope, not on the order.
     */
    public static final ProcessVariable<Long> EXCEPTION_ID =
        ProcessVariable.of("exceptionId", Long.class);

    public static final ProcessVariable<String> EXCEPTION_SUMMARY =
        ProcessVariable.of("exceptionSummary", String.class);
    public static final ProcessVariable<String> EXCEPTION_DECISION =
        ProcessVariable.of("exceptionDecision", String.class);
    public static final ProcessVariable<String> CUSTOMER_INFORMED_HOW =
        ProcessVariable.of("customerInformedHow", String.class);

    /**
     * Local to the exception's sub-process: top management decided it before it was raised (an
     * order giving way to another's urgent demand), so the assistant is asked at once.
     */
    public static final ProcessVariable<Boolean> EXCEPTION_DECIDED_ALREADY =
        ProcessVariable.of("exceptionDecidedAlready", Boolean.class);

    /**
     * Set to false at registration; true once every line is shipped in full, which lets the main
     * flow's conditional event close the order.
     */
    public static final ProcessVariable<Boolean> FULFILLED =
        ProcessVariable.of("fulfilled", Boolean.class);

    // Shipment sub-process, all local to its scope: shipmentId (from the message), the texts the
    // forms show (shipmentNumber, shipmentSummary, transportProposal, shipmentDocument; the number
    // also makes the forms' links to the shipment's documents) and the fields they take
    // (transportMode prefilled with the proposal, shippedLinesText prefilled with the ready
    // quantities, carrier, trackingNumber, shippedOn).
    public static final ProcessVariable<Long> SHIPMENT_ID =
        ProcessVariable.of("shipmentId", Long.class);

    /** The shipment's number, its order's and its batch: XS-2026-00001-2. */
    public static final ProcessVariable<String> SHIPMENT_NUMBER =
        ProcessVariable.of("shipmentNumber", String.class);

    public static final ProcessVariable<String> SHIPMENT_SUMMARY =
        ProcessVariable.of("shipmentSummary", String.class);

    /** The outgoing inspection's verdict (pass, hold) and what quality found. */
    public static final ProcessVariable<OrderDecisions.InspectionResult> INSPECTION_RESULT =
        ProcessVariable.choice("inspectionResult", OrderDecisions.InspectionResult.class);

    public static final ProcessVariable<String> INSPECTION_NOTE =
        ProcessVariable.of("inspectionNote", String.class);
    public static final ProcessVariable<String> TRANSPORT_PROPOSAL =
        ProcessVariable.of("transportProposal", String.class);

    /** EXPRESS, TRUCK, SEA or AIR. */
    public static final ProcessVariable<String> TRANSPORT_MODE =
        ProcessVariable.of("transportMode", String.class);

    /** Shown on the outbound form: the chosen mode in Chinese, e.g. "海运". */
    public static final ProcessVariable<String> TRANSPORT_CHOICE =
        ProcessVariable.of("transportChoice", String.class);

    /** 出库单 or 调拨单 (consignment customers). */
    public static final ProcessVariable<String> SHIPMENT_DOCUMENT =
        ProcessVariable.of("shipmentDocument", String.class);

    /** One line per order line: "行号 数量". */
    public static final ProcessVariable<String> SHIPPED_LINES_TEXT =
        ProcessVariable.of("shippedLinesText", String.class);

    public static final ProcessVariable<String> CARRIER =
        ProcessVariable.of("carrier", String.class);
    public static final ProcessVariable<String> TRACKING_NUMBER =
        ProcessVariable.of("trackingNumber", String.class);
    public static final ProcessVariable<LocalDate> SHIPPED_ON = ProcessVariable.date("shippedOn");

    // Change sub-process, local to its scope.
    /** The approved change's row: its lines and reason are read from there, never from text. */
    public static final ProcessVariable<Long> ORDER_CHANGE_ID =
        ProcessVariable.of("orderChangeId", Long.class);

    /** Set by the change: a production plan was already issued, so production confirms again. */
    public static final ProcessVariable<Boolean> PLAN_AFFECTED =
        ProcessVariable.of("planAffected", Boolean.class);

    /**
     * Set on the order when an approved change was applied after a clean review but before the
     * production plan: the order is reviewed again before the plan goes out. The model reads it as
     * {@code execution.getVariable('reviewAgain')}, so an order that never had one needs none.
     */
    public static final ProcessVariable<Boolean> REVIEW_AGAIN =
        ProcessVariable.of("reviewAgain", Boolean.class);

    // Cancellation.
    public static final ProcessVariable<String> CANCELLATION_REASON =
        ProcessVariable.of("cancellationReason", String.class);

    /**
     * The change request (D6) whose approval cancels the order, when one did: it mails every
     * department itself, so the order's own cancellation mail is left out.
     */
    public static final ProcessVariable<Long> CHANGE_REQUEST_ID =
        ProcessVariable.of("changeRequestId", Long.class);

    private Variables() {}
  }
}
