package com.gendan.complaint;

import com.gendan.data.Labeled;
import com.gendan.identity.Role;
import com.gendan.process.FormChoice;
import com.gendan.process.ProcessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The complaint handling process (SPEC D9, 客诉与退货): its key, element ids, delegate bean names, the
 * decision it asks and typed variables. Model: processes/complaint-handling.bpmn, decision
 * processes/complaint-disposition.dmn.
 */
public final class ComplaintHandlingProcess {

  public static final String KEY = "complaintHandling";

  /** The decision table that names the groups approving a disposition (hit policy COLLECT). */
  public static final String DISPOSITION_DECISION = "complaintDisposition";

  private ComplaintHandlingProcess() {}

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START_REGISTERED = "Event_ComplaintReceived";
    public static final String REGISTER_COMPLAINT = "Task_RegisterComplaint";
    public static final String NOTIFY_REGISTERED = "Task_NotifyComplaintRegistered";

    /** Where the first investigation and one after a failed verification start. */
    public static final String INVESTIGATION_JOIN = "Gateway_InvestigationJoin";

    public static final String INVESTIGATE = "Task_InvestigateComplaint";

    /** Non-interrupting timer on the investigation: the sales manager is mailed. */
    public static final String INVESTIGATION_OVERDUE = "Event_InvestigationOverdue";

    public static final String ESCALATE_INVESTIGATION = "Task_EscalateInvestigation";
    public static final String END_ESCALATED = "Event_InvestigationEscalated";

    /** A reopened complaint's new countermeasure goes straight to verification. */
    public static final String REOPENED = "Gateway_Reopened";

    public static final String DISPOSITION_JOIN = "Gateway_DispositionJoin";
    public static final String PROPOSE_DISPOSITION = "Task_ProposeDisposition";
    public static final String DECIDE_APPROVERS = "Task_DecideDispositionApprovers";
    public static final String APPROVE_DISPOSITION = "Task_ApproveDisposition";
    public static final String APPROVAL_OUTCOME = "Gateway_DispositionApproved";
    public static final String RECORD_APPROVED = "Task_RecordDispositionApproved";
    public static final String DISPOSITION_KIND = "Gateway_DispositionKind";
    public static final String START_REPLACEMENT_ORDER = "Task_StartReplacementOrder";
    public static final String RECORD_ALLOWANCE = "Task_RecordAllowance";
    public static final String DISPOSITION_DONE = "Gateway_DispositionDone";
    public static final String RETURN_EXPECTED = "Gateway_ReturnExpected";
    public static final String RECEIVE_RETURN = "Task_ReceiveReturnedGoods";
    public static final String CHECK_RETURN = "Task_CheckReturnedGoods";
    public static final String RETURN_DONE = "Gateway_ReturnDone";

    /** After any returns: an approved rework re-ships the reworked goods. */
    public static final String RESHIPMENT = "Gateway_Reshipment";

    public static final String RECORD_RESHIPMENT = "Task_RecordReshipment";
    public static final String RESHIPMENT_DONE = "Gateway_ReshipmentDone";
    public static final String CONFIRM_CLOSURE = "Task_ConfirmClosure";
    public static final String VERIFICATION_JOIN = "Gateway_VerificationJoin";

    /** The timer that waits the verification period after the closure. */
    public static final String VERIFICATION_DUE = "Event_VerificationDue";

    public static final String VERIFY = "Task_VerifyEffectiveness";
    public static final String EFFECTIVE = "Gateway_Effective";
    public static final String REOPEN = "Task_ReopenComplaint";
    public static final String END_CLOSED = "Event_ComplaintClosed";

    private Elements() {}
  }

  /** Spring beans the model names in delegate expressions and expressions. */
  public static final class Beans {
    /** Service task: a start form's complaint is registered; either way the process is linked. */
    public static final String REGISTER_COMPLAINT = "registerComplaint";

    /** Service task (async): quality and the departments concerned, and the customer, are told. */
    public static final String NOTIFY_REGISTERED = "notifyComplaintRegistered";

    /** Task listener (complete) on the investigation: root cause and countermeasure. */
    public static final String INVESTIGATION_RECORDED = "complaintInvestigationRecorded";

    /** Task listener (timeout) on the investigation: quality is reminded before it is due. */
    public static final String REMIND_INVESTIGATION = "remindComplaintInvestigation";

    /** Service task (async) after the overdue timer: the sales managers are mailed. */
    public static final String ESCALATE_INVESTIGATION = "escalateComplaintInvestigation";

    /** Task listener (complete) on the proposal: kind, amount, whether goods come back. */
    public static final String DISPOSITION_PROPOSED = "complaintDispositionProposed";

    /** Task listener (complete) on each approval: one group's decision. */
    public static final String DISPOSITION_DECIDED = "complaintDispositionDecided";

    /** Service task after the last approval: the disposition stands. */
    public static final String RECORD_APPROVED = "recordDispositionApproved";

    public static final String START_REPLACEMENT_ORDER = "startReplacementOrder";
    public static final String RECORD_ALLOWANCE = "recordComplaintAllowance";

    /** Task listener (complete) on the warehouse's receipt: quantities within what shipped. */
    public static final String RETURN_RECEIVED = "complaintReturnReceived";

    /** Task listener (complete) on quality's check of the returned goods. */
    public static final String RETURN_CHECKED = "complaintReturnChecked";

    /** Task listener (complete) on the warehouse's re-shipment: a shipment, the customer mailed. */
    public static final String RESHIPMENT_RECORDED = "complaintReshipmentRecorded";

    /** Task listener (complete) on the closure: the customer's confirmation and attribution. */
    public static final String CLOSURE_CONFIRMED = "complaintClosureConfirmed";

    /** Task listener (create) on the verification: shows repeat complaints of the period. */
    public static final String VERIFICATION_OPENED = "complaintVerificationOpened";

    /** Task listener (complete) on the verification: effective or not. */
    public static final String VERIFICATION_RECORDED = "complaintVerificationRecorded";

    public static final String REOPEN = "reopenComplaint";

    /**
     * Due dates and timer periods from configuration: {@code
     * ${complaintDeadlines.investigationDue()}} and the other {@code …Due()} (Dates), {@code
     * ${complaintDeadlines.investigationPeriod}}, {@code investigationReminder}, {@code
     * verificationAfter} (ISO-8601 durations).
     */
    public static final String DEADLINES = "complaintDeadlines";

    private Beans() {}
  }

  /** What the complaint is about; the departments concerned are told when it is registered. */
  public enum Category implements FormChoice, Labeled {
    QUALITY_DEFECT("qualityDefect", "品质不良", List.of(Role.PRODUCTION)),
    WRONG_GOODS("wrongGoods", "错发漏发", List.of(Role.WAREHOUSE)),
    DAMAGED_IN_TRANSIT("damagedInTransit", "运输破损", List.of(Role.WAREHOUSE)),
    PACKAGING("packaging", "包装问题", List.of(Role.WAREHOUSE, Role.PRODUCTION)),
    LATE_DELIVERY("lateDelivery", "交期延误", List.of(Role.PRODUCTION, Role.WAREHOUSE)),
    MATERIAL("material", "原材料问题", List.of(Role.PURCHASING, Role.PRODUCTION)),
    SERVICE("service", "服务问题", List.of(Role.SALES_MANAGER));

    private final String value;
    private final String label;
    private final List<Role> departments;

    Category(String value, String label, List<Role> departments) {
      this.value = value;
      this.label = label;
      this.departments = departments;
    }

    @Override
    public String value() {
      return value;
    }

    @Override
    public String label() {
      return label;
    }

    /** Who besides quality is told of a complaint of this category. */
    public List<Role> departments() {
      return departments;
    }
  }

  /** How serious the complaint is. */
  public enum Severity implements FormChoice, Labeled {
    MINOR("minor", "一般"),
    MAJOR("major", "严重"),
    CRITICAL("critical", "紧急");

    private final String value;
    private final String label;

    Severity(String value, String label) {
      this.value = value;
      this.label = label;
    }

    @Override
    public String value() {
      return value;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** The disposition the assistant proposes with the customer; the DMN's input. */
  public enum DispositionKind implements FormChoice, Labeled {
    ACCEPT_AS_IS("acceptAsIs", "说明后客户接受"),
    REWORK("rework", "返工后重新发货"),
    REMAKE("remake", "重做（补单）"),
    DISCOUNT("discount", "折让"),
    CUSTOMER_DEMAND("customerDemand", "按客户要求处理");

    private final String value;
    private final String label;

    DispositionKind(String value, String label) {
      this.value = value;
      this.label = label;
    }

    @Override
    public String value() {
      return value;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** An approver's decision on the disposition ({@link Variables#DISPOSITION_DECISION}). */
  public enum ApprovalDecision implements FormChoice {
    APPROVE("approve"),
    REJECT("reject");

    private final String value;

    ApprovalDecision(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  /** Whose fault the complaint was, recorded at the closure; the assessment counts it. */
  public enum Attribution implements FormChoice, Labeled {
    SERVICE("service", "业助服务"),
    PRODUCTION("production", "生产"),
    LOGISTICS("logistics", "物流"),
    DESIGN("design", "设计"),
    CUSTOMER("customer", "客户");

    private final String value;
    private final String label;

    Attribution(String value, String label) {
      this.value = value;
      this.label = label;
    }

    @Override
    public String value() {
      return value;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** Quality's verdict on the countermeasure after the verification period. */
  public enum Verification implements FormChoice {
    EFFECTIVE("effective"),
    NOT_EFFECTIVE("notEffective");

    private final String value;

    Verification(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  public static final class Variables {
    public static final ProcessVariable<Long> COMPLAINT_ID =
        ProcessVariable.of("complaintId", Long.class);
    public static final ProcessVariable<String> COMPLAINT_NUMBER =
        ProcessVariable.of("complaintNumber", String.class);
    public static final ProcessVariable<String> CUSTOMER_NAME =
        ProcessVariable.of("customerName", String.class);

    /** Shown on the forms: category, severity, order or shipment, what the customer said. */
    public static final ProcessVariable<String> COMPLAINT_SUMMARY =
        ProcessVariable.of("complaintSummary", String.class);

    // Start form (Tasklist): customerCode, orderNumber and/or shipmentNumber, category, severity,
    // description. orderNumber is kept for the forms afterwards (the shipment's order).
    public static final ProcessVariable<String> ORDER_NUMBER =
        ProcessVariable.of("orderNumber", String.class);
    public static final ProcessVariable<String> SHIPMENT_NUMBER =
        ProcessVariable.of("shipmentNumber", String.class);
    public static final ProcessVariable<Category> CATEGORY =
        ProcessVariable.choice("category", Category.class);
    public static final ProcessVariable<Severity> SEVERITY =
        ProcessVariable.choice("severity", Severity.class);
    public static final ProcessVariable<String> DESCRIPTION =
        ProcessVariable.of("description", String.class);

    // Investigation form.
    public static final ProcessVariable<String> ROOT_CAUSE =
        ProcessVariable.of("rootCause", String.class);
    public static final ProcessVariable<String> COUNTERMEASURE =
        ProcessVariable.of("countermeasure", String.class);

    // Disposition form; kind and amount are the decision's inputs.
    public static final ProcessVariable<DispositionKind> DISPOSITION_KIND =
        ProcessVariable.choice("dispositionKind", DispositionKind.class);
    public static final ProcessVariable<BigDecimal> DISPOSITION_AMOUNT =
        ProcessVariable.decimal("dispositionAmount");
    public static final ProcessVariable<String> DISPOSITION_NOTE =
        ProcessVariable.of("dispositionNote", String.class);
    public static final ProcessVariable<Boolean> RETURN_EXPECTED =
        ProcessVariable.of("returnExpected", Boolean.class);

    /** The decision's result: the groups that approve, in order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final ProcessVariable<List<String>> APPROVER_GROUPS =
        ProcessVariable.of("approverGroups", (Class<List<String>>) (Class) List.class);

    /** The element variable of the sequential approval: the group whose turn it is. */
    public static final ProcessVariable<String> APPROVER_GROUP =
        ProcessVariable.of("approverGroup", String.class);

    public static final ProcessVariable<ApprovalDecision> DISPOSITION_DECISION =
        ProcessVariable.choice("dispositionDecision", ApprovalDecision.class);
    public static final ProcessVariable<String> DECISION_COMMENT =
        ProcessVariable.of("decisionComment", String.class);

    /** Shown after a remake: the replacement order's number. */
    public static final ProcessVariable<String> REPLACEMENT_ORDER_NUMBER =
        ProcessVariable.of("replacementOrderNumber", String.class);

    // Returned goods: the warehouse's receipt (rows "line quantity"), quality's check.
    public static final ProcessVariable<LocalDate> RECEIVED_ON = ProcessVariable.date("receivedOn");
    public static final ProcessVariable<String> RETURNED_LINES =
        ProcessVariable.of("returnedLines", String.class);

    /** Shown on the receipt: each line of the order or shipment and what shipped of it. */
    public static final ProcessVariable<String> SHIPPED_LINES =
        ProcessVariable.of("shippedLines", String.class);

    /** Shown on quality's check: each returned order line with its product and quantity. */
    public static final ProcessVariable<String> RETURNED_GOODS =
        ProcessVariable.of("returnedGoods", String.class);

    public static final ProcessVariable<String> RETURN_CHECK_NOTE =
        ProcessVariable.of("returnCheckNote", String.class);

    // Re-shipment form (a rework): rows "line quantity", transport, carrier, tracking number, day.
    public static final ProcessVariable<String> RESHIPPED_LINES =
        ProcessVariable.of("reshippedLines", String.class);

    /** A {@code TransportMode} code, e.g. {@code EXPRESS}. */
    public static final ProcessVariable<String> TRANSPORT_MODE =
        ProcessVariable.of("transportMode", String.class);

    public static final ProcessVariable<String> CARRIER =
        ProcessVariable.of("carrier", String.class);
    public static final ProcessVariable<String> TRACKING_NUMBER =
        ProcessVariable.of("trackingNumber", String.class);
    public static final ProcessVariable<LocalDate> SHIPPED_ON = ProcessVariable.date("shippedOn");

    /** Shown at the closure after a rework: the re-shipment's number. */
    public static final ProcessVariable<String> RESHIPMENT_NUMBER =
        ProcessVariable.of("reshipmentNumber", String.class);

    // Closure form.
    public static final ProcessVariable<LocalDate> CLOSURE_CONFIRMED_ON =
        ProcessVariable.date("closureConfirmedOn");
    public static final ProcessVariable<Attribution> ATTRIBUTION =
        ProcessVariable.choice("attribution", Attribution.class);
    public static final ProcessVariable<String> CLOSURE_NOTE =
        ProcessVariable.of("closureNote", String.class);

    /** Shown on the verification: complaints of the same customer and category since closure. */
    public static final ProcessVariable<String> REPEAT_COMPLAINTS =
        ProcessVariable.of("repeatComplaints", String.class);

    public static final ProcessVariable<Verification> VERIFICATION =
        ProcessVariable.choice("verification", Verification.class);
    public static final ProcessVariable<String> VERIFICATION_NOTE =
        ProcessVariable.of("verificationNote", String.class);

    /** Set by a failed verification: the next investigation goes straight to verification. */
    public static final ProcessVariable<Boolean> REOPENED =
        ProcessVariable.of("reopened", Boolean.class);

    private Variables() {}
  }
}
