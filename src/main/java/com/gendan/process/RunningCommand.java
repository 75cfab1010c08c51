package com.gendan.process;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The engine command running on this thread: who called it, which process instance and which job it
 * works on. Read from the engine's command context, which is internal API (Camunda has no public
 * accessor for these); this is the one place Gendan reads it, so an engine upgrade that moves it
 * touches one class (security.Grants also uses it, to act without authorization). Every method
 * answers null outside an engine command.
 */
public final class RunningCommand {

  private RunningCommand() {}

  /** The authenticated user that called the engine; null for the engine's own jobs. */
  public static String userId() {
    CommandContext context = Context.getCommandContext();
    return context == null ? null : context.getAuthenticatedUserId();
  }

  /** The process instance whose delegate, listener or job runs. */
  public static String processInstanceId() {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    return context == null || context.getExecution() == null
        ? null
        : context.getExecution().getProcessInstanceId();
  }

  /** The job being executed (a timer firing, an async continuation). */
  public static String jobId() {
    CommandContext context = Context.getCommandContext();
    JobEntity job = context == null ? null : context.getCurrentJob();
    return job == null ? null : job.getId();
  }
}
