package com.gendan.orderchange;

import com.gendan.process.FormChoice;
import com.gendan.process.ProcessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

/**
 * The order change and cancellation sign-off (SPEC D6): its key, element ids, message-free flow,
 * delegate bean names and typed variables. Model: processes/order-change.bpmn; who signs:
 * processes/order-change-authority.dmn.
 *
 * <p>An assistant or sales manager opens a request on an open order → production, warehouse,
 * purchasing and finance each state the impact in parallel → the decision table names the signers
 * (the sales manager always, the general manager above a total cost or for a primary customer's
 * cancellation), after top management decided an urgent demand (a date earlier than production can
 * make it: refused, the request ends; granted, it names the orders that give way) → approved, the
 * order's process is told (message {@code orderChangeApproved} or {@code orderCancelled}) and every
 * department is mailed the request (an order that changed meanwhile so that it cannot take it voids
 * the request instead, and the sales manager is told what changed); rejected, the assistant is told
 * why → the dead stock the impact left goes to the customer's sales rep, who consumes each item
 * (scrap above a value needs the sales manager), reminded weekly, until none is left.
 */
public final class OrderChangeProcess {

  public static final String KEY = "orderChange";

  /** The decision table that names the signers (hit policy COLLECT). */
  public static final String AUTHORITY_DECISION = "orderChangeAuthority";

  private OrderChangeProcess() {}

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START_REQUESTED = "Event_ChangeRequested";
    public static final String REGISTER_REQUEST = "Task_RegisterChangeRequest";

    public static final String IMPACT_SPLIT = "Gateway_ImpactSplit";

    /** One task per department, each with its fixed candidate group (its grants follow it). */
    public static final String STATE_PRODUCTION_IMPACT = "Task_StateProductionImpact";

    public static final String STATE_WAREHOUSE_IMPACT = "Task_StateWarehouseImpact";
    public static final String STATE_PURCHASING_IMPACT = "Task_StatePurchasingImpact";
    public static final String STATE_FINANCE_IMPACT = "Task_StateFinanceImpact";
    public static final String IMPACT_JOIN = "Gateway_ImpactJoin";

    public static final String SUM_UP_IMPACT = "Task_SumUpImpact";
    public static final String URGENT_DEMAND = "Gateway_UrgentDemand";
    public static final String DECIDE_URGENT_DEMAND = "Task_DecideUrgentDemand";
    public static final String URGENT_DEMAND_GRANTED = "Gateway_UrgentDemandGranted";
    public static final String SIGN_OFF_JOIN = "Gateway_SignOffJoin";
    public static final String DECIDE_SIGNERS = "Task_DecideSigners";

    /** Sequential multi-instance over {@link Variables#APPROVER_GROUPS}. */
    public static final String SIGN_REQUEST = "Task_SignChangeRequest";

    public static final String SIGN_OFF_OUTCOME = "Gateway_SignOffOutcome";
    public static final String REJECTION_JOIN = "Gateway_RejectionJoin";
    public static final String RECORD_REJECTION = "Task_RecordRejection";
    public static final String END_REJECTED = "Event_RequestRejected";
    public static final String APPLY_TO_ORDER = "Task_ApplyToOrder";

    /**
     * Error boundary on {@link #APPLY_TO_ORDER}: the order changed while the request was signed.
     */
    public static final String ORDER_CHANGED_MEANWHILE = "Event_OrderChangedMeanwhile";

    public static final String REPORT_ORDER_CHANGED = "Task_ReportOrderChanged";
    public static final String END_VOIDED = "Event_RequestVoided";
    public static final String NOTIFY_DEPARTMENTS = "Task_NotifyDepartments";
    public static final String NOTIFY_YIELDING_ORDERS = "Task_NotifyYieldingOrders";
    public static final String DEAD_STOCK_JOIN = "Gateway_DeadStockJoin";
    public static final String DEAD_STOCK_LEFT = "Gateway_DeadStockLeft";
    public static final String CONSUME_DEAD_STOCK = "Task_ConsumeDeadStock";
    public static final String SCRAP_APPROVAL_NEEDED = "Gateway_ScrapApprovalNeeded";
    public static final String APPROVE_SCRAP = "Task_ApproveScrap";
    public static final String COMPLETE_REQUEST = "Task_CompleteRequest";
    public static final String END_COMPLETED = "Event_RequestCompleted";

    private Elements() {}
  }

  /** The codes of the BPMN errors the delegates throw. */
  public static final class Errors {
    /**
     * The approved request can no longer be applied: the order changed while it was signed (a batch
     * finished or shipped, a shortage allocation, the order cancelled or closed). Its message, the
     * order's reason in Chinese, lands in {@link Variables#ORDER_CHANGED_REASON}.
     */
    public static final String ORDER_CHANGED_MEANWHILE = "orderChangedMeanwhile";

    private Errors() {}
  }

  /** Spring beans the model names. */
  public static final class Beans {
    /** First step: registers a start form's request, links the process, fills the forms. */
    public static final String REGISTER_REQUEST = "registerChangeRequest";

    /** Task listener (complete) on a department's impact task. */
    public static final String IMPACT_STATED = "changeImpactStated";

    /** Task listener (timeout, at the due date) on the impact task: reminds the department. */
    public static final String REMIND_IMPACT = "remindChangeImpact";

    /** Task listener (timeout, later) on the impact task: tells the sales manager. */
    public static final String ESCALATE_IMPACT = "escalateChangeImpact";

    /** Adds the departments' costs up for the decision table and the signers' form. */
    public static final String SUM_UP_IMPACT = "sumUpChangeImpact";

    /** Task listener (complete) on top management's urgent-demand decision. */
    public static final String URGENT_DEMAND_DECIDED = "urgentDemandDecided";

    /** Task listener (complete) on the signing task. */
    public static final String SIGNATURE_RECORDED = "changeRequestSigned";

    public static final String RECORD_REJECTION = "recordChangeRequestRejection";

    /** Tells the order's process: message orderChangeApproved or orderCancelled. */
    public static final String APPLY_TO_ORDER = "applyChangeRequestToOrder";

    /**
     * The order refused the approved request: void it, tell the sales managers and the assistant.
     */
    public static final String REPORT_ORDER_CHANGED = "reportOrderChangedMeanwhile";

    /** One mail per department with the request's PDF, and the copy to the team. */
    public static final String NOTIFY_DEPARTMENTS = "notifyDepartmentsOfChange";

    /**
     * Each order that gave way to the approved urgent request gets an already-decided production
     * exception in its own process: its assistant tells the customer and records the answer.
     */
    public static final String NOTIFY_YIELDING_ORDERS = "notifyYieldingOrders";

    /** Task listener (complete) on the sales rep's dead-stock task. */
    public static final String DEAD_STOCK_DISPOSED = "deadStockDisposed";

    /** Task listener (timeout, every week) on the dead-stock task: reminds the sales rep. */
    public static final String REMIND_DEAD_STOCK = "remindDeadStock";

    /** Task listener (timeout, at the due date) on the dead-stock task: tells the sales manager. */
    public static final String DEAD_STOCK_OVERDUE = "deadStockOverdue";

    /** Task listener (complete) on the sales manager's scrap approval. */
    public static final String SCRAP_DECIDED = "deadStockScrapDecided";

    public static final String COMPLETE_REQUEST = "completeChangeRequest";

    /**
     * Due dates and periods: {@code ${orderChangeDeadlines.impactDue()}}, {@code
     * impactEscalation()}, {@code signingDue()}, {@code scrapApprovalDue()} (Dates), {@code
     * ${orderChangeDeadlines.deadStockReminder}} (an ISO-8601 duration).
     */
    public static final String DEADLINES = "orderChangeDeadlines";

    private Beans() {}
  }

  /** What a signer decides ({@link Variables#SIGN_DECISION}). */
  public enum SignDecision implements FormChoice {
    APPROVE("approve"),
    REJECT("reject");

    private final String value;

    SignDecision(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  /** What the sales manager decides on a scrap ({@link Variables#SCRAP_DECISION}). */
  public enum ScrapDecision implements FormChoice {
    APPROVE("approve"),
    REJECT("reject");

    private final String value;

    ScrapDecision(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  public static final class Variables {
    /** The request (table order_change_request); every step loads it from there. */
    public static final ProcessVariable<Long> CHANGE_REQUEST_ID =
        ProcessVariable.of("changeRequestId", Long.class);

    /** The request's number, BG-2026-00001: business key, shown on the forms, their links. */
    public static final ProcessVariable<String> REQUEST_NUMBER =
        ProcessVariable.of("requestNumber", String.class);

    public static final ProcessVariable<String> CUSTOMER_NAME =
        ProcessVariable.of("customerName", String.class);

    // Start form: customerCode (customer scope), orderNumber, changeKind, changedLinesText,
    // changeReason.
    public static final ProcessVariable<String> ORDER_NUMBER =
        ProcessVariable.of("orderNumber", String.class);
    public static final ProcessVariable<ChangeKind> CHANGE_KIND =
        ProcessVariable.choice("changeKind", ChangeKind.class);

    /** One changed line a row: "行号 数量 交期 [规格]", "-" for what stays. */
    public static final ProcessVariable<String> CHANGED_LINES_TEXT =
        ProcessVariable.of("changedLinesText", String.class);

    public static final ProcessVariable<String> CHANGE_REASON =
        ProcessVariable.of("changeReason", String.class);

    /** Shown on every form: what is asked, line by line, and why. */
    public static final ProcessVariable<String> REQUEST_SUMMARY =
        ProcessVariable.of("requestSummary", String.class);

    /** Local to each impact task (its input mapping): the group id of the department it asks. */
    public static final ProcessVariable<String> DEPARTMENT =
        ProcessVariable.of("department", String.class);

    // Impact form, local to each department's task (input mappings), so parallel answers never
    // overwrite each other.
    public static final ProcessVariable<String> IMPACT_MATERIAL =
        ProcessVariable.of("impactMaterial", String.class);
    public static final ProcessVariable<String> IMPACT_WORK_IN_PROGRESS =
        ProcessVariable.of("impactWorkInProgress", String.class);

    /** Cost in CNY, as typed. */
    public static final ProcessVariable<BigDecimal> IMPACT_COST =
        ProcessVariable.decimal("impactCost");

    /** One item a row: "物料 数量 金额". */
    public static final ProcessVariable<String> DEAD_STOCK_TEXT =
        ProcessVariable.of("deadStockText", String.class);

    /** Production: the earliest date it can make the changed lines. */
    public static final ProcessVariable<LocalDate> EARLIEST_POSSIBLE_DATE =
        ProcessVariable.date("earliestPossibleDate");

    public static final ProcessVariable<String> IMPACT_NOTE =
        ProcessVariable.of("impactNote", String.class);

    // Inputs of the orderChangeAuthority decision, set when the impact is summed up.
    // changeKind ("change" or "cancel", as the start form keeps it) is also an input.
    public static final ProcessVariable<Double> TOTAL_IMPACT_COST =
        ProcessVariable.of("totalImpactCost", Double.class);

    /** PRIMARY or SECONDARY. */
    public static final ProcessVariable<String> CUSTOMER_TIER =
        ProcessVariable.of("customerTier", String.class);

    /** Shown on the signing form: every department's impact and the dead stock. */
    public static final ProcessVariable<String> IMPACT_SUMMARY =
        ProcessVariable.of("impactSummary", String.class);

    /**
     * Set when the impact is summed up: a changed line asks for a date earlier than production's
     * earliest possible date, so top management decides first.
     */
    public static final ProcessVariable<Boolean> URGENT_DEMAND =
        ProcessVariable.of("urgentDemand", Boolean.class);

    /**
     * Shown on top management's form: the lines pulled earlier than production can make them, and
     * the other orders waiting for those products, ranked as a shortage would rank them.
     */
    public static final ProcessVariable<String> URGENT_DEMAND_SUMMARY =
        ProcessVariable.of("urgentDemandSummary", String.class);

    // Top management's urgent-demand form.
    public static final ProcessVariable<UrgentDecision> URGENT_DECISION =
        ProcessVariable.choice("urgentDecision", UrgentDecision.class);

    /** One order that gives way a row: "订单号 新交期". */
    public static final ProcessVariable<String> YIELDING_ORDERS_TEXT =
        ProcessVariable.of("yieldingOrdersText", String.class);

    public static final ProcessVariable<String> URGENT_DECISION_NOTE =
        ProcessVariable.of("urgentDecisionNote", String.class);

    /** The decision's result (collectEntries): the signers' groups in signing order. */
    public static final String APPROVER_GROUPS = "approverGroups";

    /** The signing task's element variable. */
    public static final ProcessVariable<String> APPROVER_GROUP =
        ProcessVariable.of("approverGroup", String.class);

    // Signing form.
    public static final ProcessVariable<SignDecision> SIGN_DECISION =
        ProcessVariable.choice("signDecision", SignDecision.class);
    public static final ProcessVariable<String> SIGN_COMMENT =
        ProcessVariable.of("signComment", String.class);

    /** Why the order refused the approved request (the error's message, errorMessageVariable). */
    public static final ProcessVariable<String> ORDER_CHANGED_REASON =
        ProcessVariable.of("orderChangedReason", String.class);

    /** Set at the approval: when the dead stock is due, for the task and its overdue timer. */
    public static final ProcessVariable<Date> DEAD_STOCK_DUE =
        ProcessVariable.of("deadStockDue", Date.class);

    /** Set after the approval and each disposition: dead-stock items still open. */
    public static final ProcessVariable<Boolean> DEAD_STOCK_OPEN =
        ProcessVariable.of("deadStockOpen", Boolean.class);

    /** Shown on the dead-stock task: the open items, one a row with its number. */
    public static final ProcessVariable<String> DEAD_STOCK_LIST =
        ProcessVariable.of("deadStockList", String.class);

    /** Dead-stock form: one item a row, "序号 处置(转售/重工/报废) 说明". */
    public static final ProcessVariable<String> DISPOSITION_TEXT =
        ProcessVariable.of("dispositionText", String.class);

    /** Set by the dead-stock form: a scrap above the limit waits for the sales manager. */
    public static final ProcessVariable<Boolean> SCRAP_APPROVAL_NEEDED =
        ProcessVariable.of("scrapApprovalNeeded", Boolean.class);

    /** Shown on the scrap approval: the items to scrap with their value. */
    public static final ProcessVariable<String> SCRAP_LIST =
        ProcessVariable.of("scrapList", String.class);

    public static final ProcessVariable<ScrapDecision> SCRAP_DECISION =
        ProcessVariable.choice("scrapDecision", ScrapDecision.class);
    public static final ProcessVariable<String> SCRAP_COMMENT =
        ProcessVariable.of("scrapComment", String.class);

    private Variables() {}
  }
}
