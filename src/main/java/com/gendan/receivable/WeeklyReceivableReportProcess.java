package com.gendan.receivable;

/**
 * The weekly receivables report (process weeklyReceivableReport,
 * processes/weekly-receivable-report.bpmn): a timer start event the engine fires every Monday at
 * 09:00 Asia/Shanghai ({@code gendan.receivable.weekly-report}), whose service task mails finance
 * and the general manager the aging summary with the workbook attached. The timer is a job: in a
 * cluster one node runs it; the mail is an async step, so a failing mail server becomes a retried
 * job and then an incident.
 */
public final class WeeklyReceivableReportProcess {

  public static final String KEY = "weeklyReceivableReport";

  private WeeklyReceivableReportProcess() {}

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START = "Event_EveryMonday";
    public static final String MAIL_REPORT = "Task_MailReceivableReport";
    public static final String END = "Event_ReceivableReportMailed";

    private Elements() {}
  }

  /** Spring beans the model names. */
  public static final class Beans {
    /** The timer's cycle: {@code ${receivableSchedule.weeklyReport}}. */
    public static final String SCHEDULE = "receivableSchedule";

    /** Service task: the aging report mailed to finance and the general manager. */
    public static final String MAIL_REPORT = "mailReceivableReport";

    private Beans() {}
  }
}
