package com.gendan.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Names one firing of a task's reminder timer, for the event key of the reminder mail. A timeout
 * listener runs from its timer's job: a cycle ({@code R/P2D}) schedules a new job for each firing,
 * while a firing that failed is retried as the same job. So "task id:job id" makes every firing its
 * own mail, and a retried firing still sends once. The running job is the {@link RunningCommand}'s.
 */
public final class ReminderFiring {

  private ReminderFiring() {}

  /**
   * The firing of {@code task}'s reminder that runs now.
   *
   * @throws IllegalStateException when no job runs on this thread
   */
  public static String of(DelegateTask task) {
    String jobId = RunningCommand.jobId();
    if (jobId == null) {
      throw new IllegalStateException(
          "the reminder of task " + task.getId() + " runs outside its timer job");
    }
    return task.getId() + ":" + jobId;
  }
}
