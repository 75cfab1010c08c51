package com.gendan.statement;

/**
 * The statement calendar (process statementCalendar, processes/statement-calendar.bpmn): a timer
 * start event the engine fires once a day ({@code gendan.statement.calendar}), whose service task
 * starts the month's {@link MonthlyStatementProcess} for every customer whose statement day has
 * come. The timer is a job: in a cluster one node runs it, and a day missed while Gendan was down
 * runs once after the start.
 */
public final class StatementCalendarProcess {

  public static final String KEY = "statementCalendar";

  private StatementCalendarProcess() {}

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START = "Event_CalendarDay";
    public static final String START_DUE_STATEMENTS = "Task_StartDueStatements";
    public static final String END = "Event_DueStatementsStarted";

    private Elements() {}
  }

  /** Spring beans the model names. */
  public static final class Beans {
    /** Service task: one statement run started per customer whose statement day has come. */
    public static final String START_DUE_STATEMENTS = "startDueStatements";

    private Beans() {}
  }
}
