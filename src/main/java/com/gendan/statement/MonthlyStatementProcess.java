package com.gendan.statement;

import com.gendan.process.FormChoice;
import com.gendan.process.ProcessVariable;
import java.time.LocalDate;

/**
 * The monthly statement process (SPEC D10, 对帐与开票): its key, element ids, delegate bean names, the
 * decisions its forms submit and typed variables. Model: processes/monthly-statement.bpmn. One
 * instance per customer and month, business key {@code C001:2026-12}, started by the statement
 * calendar ({@link StatementCalendarProcess}).
 */
public final class MonthlyStatementProcess {

  public static final String KEY = "monthlyStatement";

  private MonthlyStatementProcess() {}

  /** The business key of a customer's run of a month: {@code C001:2026-12}. */
  static String businessKey(String customerCode, LocalDate statementDate) {
    return customerCode + ":" + statementDate.toString().substring(0, 7);
  }

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START = "Event_StatementDayCame";
    public static final String BUILD = "Task_BuildStatement";
    public static final String ANYTHING_TO_STATE = "Gateway_AnythingToState";
    public static final String END_NOTHING_TO_STATE = "Event_NothingToState";
    public static final String ISSUE_JOIN = "Gateway_IssueJoin";
    public static final String SEND = "Task_SendStatement";
    public static final String REGISTER_ANSWER = "Task_RegisterCustomerAnswer";
    public static final String CUSTOMER_ANSWER = "Gateway_CustomerAnswer";
    public static final String SETTLEMENT_JOIN = "Gateway_SettlementJoin";
    public static final String SETTLE_DISPUTE = "Task_SettleDispute";
    public static final String APPROVAL_NEEDED = "Gateway_ApprovalNeeded";
    public static final String APPROVE_CORRECTIONS = "Task_ApproveCorrections";
    public static final String CORRECTIONS_APPROVED = "Gateway_CorrectionsApproved";
    public static final String REISSUE_JOIN = "Gateway_ReissueJoin";
    public static final String REISSUE = "Task_ReissueStatement";
    public static final String INVOICE_NEEDED = "Gateway_InvoiceNeeded";
    public static final String ISSUE_INVOICE = "Task_IssueInvoice";
    public static final String END_INVOICED = "Event_Invoiced";
    public static final String CLOSE_WITHOUT_INVOICE = "Task_CloseWithoutInvoice";
    public static final String END_WITHOUT_INVOICE = "Event_SettledWithoutInvoice";

    private Elements() {}
  }

  /** Spring beans the model names in delegate expressions and expressions. */
  public static final class Beans {
    /** Service task (async): the month's statement is built, or there is nothing to state. */
    public static final String BUILD = "buildStatement";

    /** Service task (async): the current revision goes to the customer, PDF and Excel attached. */
    public static final String SEND = "sendStatement";

    /** Task listener (timeout, cycle) on the answer: the customer is reminded. */
    public static final String REMIND_ANSWER = "remindStatementAnswer";

    /** Task listener (complete) on the answer: confirmed, or the disputed lines and reasons. */
    public static final String ANSWER_REGISTERED = "statementAnswerRegistered";

    /** Task listener (complete) on the settlement: each disputed line corrected or explained. */
    public static final String DISPUTE_SETTLED = "statementDisputeSettled";

    /** Task listener (complete) on the sales manager's approval of the corrections. */
    public static final String CORRECTIONS_DECIDED = "statementCorrectionsDecided";

    /** Service task: the next revision, the corrections applied. */
    public static final String REISSUE = "reissueStatement";

    /** Task listener (complete) on finance's invoice. */
    public static final String INVOICE_ISSUED = "statementInvoiceIssued";

    /** Service task: a confirmed statement with nothing to invoice is settled. */
    public static final String CLOSE_WITHOUT_INVOICE = "closeStatementWithoutInvoice";

    /**
     * Due dates and reminder periods from configuration: {@code ${statementDeadlines.answerDue()}}
     * and the other {@code …Due()} (Dates), {@code ${statementDeadlines.answerReminder}}
     * (ISO-8601), {@code ${statementDeadlines.calendar}} (cron).
     */
    public static final String DEADLINES = "statementDeadlines";

    private Beans() {}
  }

  /** The customer's answer, as the assistant registers it. */
  public enum Answer implements FormChoice {
    CONFIRM("confirm"),
    DISPUTE("dispute");

    private final String value;

    Answer(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  /** The sales manager's decision on corrections above the threshold. */
  public enum CorrectionDecision implements FormChoice {
    APPROVE("approve"),
    REJECT("reject");

    private final String value;

    CorrectionDecision(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  public static final class Variables {
    /** Set by the calendar: the day the statement is cut (its month is the statement's). */
    public static final ProcessVariable<LocalDate> STATEMENT_DATE =
        ProcessVariable.date("statementDate");

    public static final ProcessVariable<Boolean> ANYTHING_TO_STATE =
        ProcessVariable.of("anythingToState", Boolean.class);
    public static final ProcessVariable<Long> STATEMENT_ID =
        ProcessVariable.of("statementId", Long.class);
    public static final ProcessVariable<String> STATEMENT_NUMBER =
        ProcessVariable.of("statementNumber", String.class);
    public static final ProcessVariable<String> CUSTOMER_NAME =
        ProcessVariable.of("customerName", String.class);

    /** Shown on the forms: the current revision, its totals and its lines. */
    public static final ProcessVariable<String> STATEMENT_SUMMARY =
        ProcessVariable.of("statementSummary", String.class);

    // Answer form.
    public static final ProcessVariable<Answer> ANSWER =
        ProcessVariable.choice("statementAnswer", Answer.class);
    public static final ProcessVariable<LocalDate> ANSWERED_ON = ProcessVariable.date("answeredOn");

    /** Rows "行号 原因". */
    public static final ProcessVariable<String> DISPUTED_LINES =
        ProcessVariable.of("disputedLines", String.class);

    public static final ProcessVariable<String> DISPUTE_NOTE =
        ProcessVariable.of("disputeNote", String.class);

    /** Shown on the settlement: each disputed line with the customer's reason. */
    public static final ProcessVariable<String> DISPUTE_SUMMARY =
        ProcessVariable.of("disputeSummary", String.class);

    /** Rows "行号 改价 单价 理由", "行号 改量 数量 理由" or "行号 说明 理由". */
    public static final ProcessVariable<String> SETTLEMENTS =
        ProcessVariable.of("settlements", String.class);

    public static final ProcessVariable<Boolean> APPROVAL_NEEDED =
        ProcessVariable.of("correctionApprovalNeeded", Boolean.class);

    public static final ProcessVariable<CorrectionDecision> CORRECTION_DECISION =
        ProcessVariable.choice("correctionDecision", CorrectionDecision.class);
    public static final ProcessVariable<String> APPROVAL_COMMENT =
        ProcessVariable.of("approvalComment", String.class);

    /** Set when the customer confirmed: whether there is anything to invoice. */
    public static final ProcessVariable<Boolean> INVOICE_NEEDED =
        ProcessVariable.of("invoiceNeeded", Boolean.class);

    // Invoice form.
    public static final ProcessVariable<String> INVOICE_NUMBER =
        ProcessVariable.of("invoiceNumber", String.class);
    public static final ProcessVariable<LocalDate> INVOICE_DATE =
        ProcessVariable.date("invoiceDate");
    public static final ProcessVariable<java.math.BigDecimal> INVOICE_AMOUNT =
        ProcessVariable.decimal("invoiceAmount");

    private Variables() {}
  }
}
