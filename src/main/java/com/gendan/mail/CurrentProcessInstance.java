package com.gendan.mail;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The process instance whose delegate, listener or job is running on this thread. Read from the
 * engine's command context (internal API: Camunda has no public accessor), so the mails of every
 * process need not pass their instance id along.
 */
final class CurrentProcessInstance {

  private CurrentProcessInstance() {
  }

  /** The instance id, or null when no process execution is running on this thread. */
  static String id() {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    return context == null || context.getExecution() == null ? null
        : context.getExecution().getProcessInstanceId();
  }
}
