package com.gendan.close;

import com.gendan.process.FormChoice;
import com.gendan.process.ProcessVariable;
import java.time.YearMonth;

/**
 * The monthly close (月结, SPEC D12): its key, element ids, delegate bean names, the decision its
 * form submits and typed variables. Model: processes/monthly-close.bpmn. One instance per customer
 * and month, business key {@code C001-2026-11}, started when the customer confirmed its statement
 * of the month (每月底客户对帐完成后), by the close calendar on the 1st for a customer with activity but no
 * statement ({@link MonthCloseCalendarProcess}), or by hand (finance, sales managers).
 *
 * <p>Registered once per customer and month (a second start ends at 本月已月结) → waits for the month's
 * end → the month's closed documents are archived (read-only from then on) → the usage statement
 * per product with its proposed safety stock → production and the warehouse each accept or change
 * the proposal (确认安全库存, in parallel) → closed.
 */
public final class MonthlyCloseProcess {

  public static final String KEY = "monthlyClose";

  private MonthlyCloseProcess() {}

  /** The business key of a customer's close of a month: {@code C001-2026-11}. */
  static String businessKey(String customerCode, YearMonth month) {
    return customerCode + "-" + month;
  }

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START = "Event_CloseRequested";
    public static final String REGISTER = "Task_RegisterMonthClose";
    public static final String ALREADY_CLOSED = "Gateway_AlreadyClosed";
    public static final String END_ALREADY_CLOSED = "Event_AlreadyClosed";
    public static final String MONTH_ENDED = "Gateway_MonthEnded";
    public static final String WAIT_MONTH_END = "Event_MonthEnd";
    public static final String MONTH_ENDED_JOIN = "Gateway_MonthEndedJoin";
    public static final String ARCHIVE = "Task_ArchiveMonthDocuments";
    public static final String BUILD_USAGE = "Task_BuildUsageStatement";
    public static final String ANY_USAGE = "Gateway_AnyUsage";
    public static final String CONFIRM_FORK = "Gateway_ConfirmFork";
    public static final String CONFIRM_BY_PRODUCTION = "Task_ConfirmSafetyStockProduction";
    public static final String CONFIRM_BY_WAREHOUSE = "Task_ConfirmSafetyStockWarehouse";
    public static final String CONFIRM_JOIN = "Gateway_ConfirmJoin";
    public static final String COMPLETE_JOIN = "Gateway_CompleteJoin";
    public static final String COMPLETE = "Task_CompleteMonthClose";
    public static final String END_CLOSED = "Event_MonthClosed";

    private Elements() {}
  }

  /** Spring beans the model names. */
  public static final class Beans {
    /** First step: the close registered once per customer and month, or refused as a repeat. */
    public static final String REGISTER = "registerMonthClose";

    /** Service task (async): the month's closed documents into the archive index. */
    public static final String ARCHIVE = "archiveMonthDocuments";

    /** Service task: the usage statement per product with the proposed safety stock. */
    public static final String BUILD_USAGE = "buildUsageStatement";

    /** Task listener (complete) on both 确认安全库存 tasks. */
    public static final String SAFETY_STOCK_CONFIRMED = "safetyStockConfirmed";

    /** Service task: the close is done. */
    public static final String COMPLETE = "completeMonthClose";

    /**
     * Due dates and times from configuration: {@code ${monthlyCloseDeadlines.confirmDue()}}, {@code
     * ${monthlyCloseDeadlines.monthEnd(closeMonth)}}, {@code ${monthlyCloseDeadlines.calendar}}
     * (cron).
     */
    public static final String DEADLINES = "monthlyCloseDeadlines";

    private Beans() {}
  }

  /** Production's or the warehouse's answer to the proposal ({@link Variables#DECISION}). */
  public enum SafetyStockDecision implements FormChoice {
    ACCEPT("accept"),
    CHANGE("change");

    private final String value;

    SafetyStockDecision(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  /** What started a close ({@link Variables#TRIGGER}); a start without one is by hand. */
  public enum CloseTrigger implements FormChoice {
    STATEMENT_CONFIRMED("statementConfirmed"),
    CALENDAR("calendar"),
    MANUAL("manual");

    private final String value;

    CloseTrigger(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  public static final class Variables {
    /** What started the close; by hand when absent. */
    public static final ProcessVariable<CloseTrigger> TRIGGER =
        ProcessVariable.choice("closeTrigger", CloseTrigger.class);

    /** The month closed, {@code 2026-11} (read as a {@link YearMonth} by {@link #month}). */
    public static final ProcessVariable<String> CLOSE_MONTH =
        ProcessVariable.of("closeMonth", String.class);

    /** The close (table month_close); every step loads it from there. */
    public static final ProcessVariable<Long> CLOSE_ID = ProcessVariable.of("closeId", Long.class);

    /** Set by the first step: another close of the customer's month exists. */
    public static final ProcessVariable<Boolean> ALREADY_CLOSED =
        ProcessVariable.of("alreadyClosed", Boolean.class);

    /** Set by the first step: the month is over, nothing to wait for. */
    public static final ProcessVariable<Boolean> MONTH_ENDED =
        ProcessVariable.of("monthEnded", Boolean.class);

    /** Set with the usage statement: whether any product was shipped or consumed. */
    public static final ProcessVariable<Boolean> ANY_USAGE =
        ProcessVariable.of("anyUsage", Boolean.class);

    public static final ProcessVariable<String> CUSTOMER_NAME =
        ProcessVariable.of("customerName", String.class);

    /** Shown on the form: a numbered row per product with its usage and the proposal. */
    public static final ProcessVariable<String> USAGE_SUMMARY =
        ProcessVariable.of("usageSummary", String.class);

    // The form of 确认安全库存 (task-local: each department answers on its own).
    public static final ProcessVariable<SafetyStockDecision> DECISION =
        ProcessVariable.choice("safetyStockDecision", SafetyStockDecision.class);

    /** Rows "行号 数量": the products whose safety stock differs from the proposal. */
    public static final ProcessVariable<String> CHANGES =
        ProcessVariable.of("safetyStockChanges", String.class);

    private Variables() {}
  }
}
