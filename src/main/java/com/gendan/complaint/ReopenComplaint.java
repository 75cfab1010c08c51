package com.gendan.complaint;

import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COUNTERMEASURE;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.REOPENED;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.ROOT_CAUSE;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.VERIFICATION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The countermeasure did not work: the investigation opens again, blank, and its new countermeasure
 * is verified after the next period (the disposition and the closure stand).
 */
@Component(ComplaintHandlingProcess.Beans.REOPEN)
class ReopenComplaint implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    REOPENED.set(execution, true);
    execution.removeVariable(ROOT_CAUSE.name());
    execution.removeVariable(COUNTERMEASURE.name());
    execution.removeVariable(VERIFICATION.name());
  }
}
