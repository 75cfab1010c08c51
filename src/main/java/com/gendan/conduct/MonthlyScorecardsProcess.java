package com.gendan.conduct;

/**
 * The monthly scorecard mail (process monthlyScorecards, processes/monthly-scorecards.bpmn): a
 * timer start event the engine fires on the 1st of each month at 09:30 Asia/Shanghai ({@code
 * gendan.conduct.scorecard-mail}), whose service task mails each assistant and her sales manager
 * her scorecard of the month that ended. The timer is a job, so a cluster runs it once; the mail
 * step is asynchronous, so a failing mail server becomes a retried job and then an incident.
 */
public final class MonthlyScorecardsProcess {

  public static final String KEY = "monthlyScorecards";

  private MonthlyScorecardsProcess() {}

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START = "Event_FirstOfMonth";
    public static final String MAIL_SCORECARDS = "Task_MailScorecards";
    public static final String END = "Event_ScorecardsMailed";

    private Elements() {}
  }

  /** Spring beans the model names. */
  public static final class Beans {
    /** The timer's cycle: {@code ${scorecardSchedule.monthlyMail}}. */
    public static final String SCHEDULE = "scorecardSchedule";

    /** Service task: last month's scorecards mailed to each assistant and her sales manager. */
    public static final String MAIL_SCORECARDS = "mailScorecards";

    private Beans() {}
  }
}
