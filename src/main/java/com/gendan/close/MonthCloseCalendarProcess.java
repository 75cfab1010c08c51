package com.gendan.close;

/**
 * The close calendar (process monthCloseCalendar, processes/month-close-calendar.bpmn): a timer
 * start event the engine fires on the 1st of each month ({@code gendan.close.calendar}), whose
 * service task starts last month's {@link MonthlyCloseProcess} for every customer with activity in
 * that month whose close was not started by a confirmed statement — a customer without a statement
 * of the month, or one confirmed before this calendar ran. A customer whose statement still awaits
 * the answer is closed when it is confirmed. The timer is a job: a cluster runs it once.
 */
public final class MonthCloseCalendarProcess {

  public static final String KEY = "monthCloseCalendar";

  private MonthCloseCalendarProcess() {}

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START = "Event_FirstOfMonth";
    public static final String START_DUE_CLOSES = "Task_StartDueMonthCloses";
    public static final String END = "Event_DueMonthClosesStarted";

    private Elements() {}
  }

  /** Spring beans the model names. */
  public static final class Beans {
    /** Service task: last month's close started for every customer due. */
    public static final String START_DUE_CLOSES = "startDueMonthCloses";

    private Beans() {}
  }
}
