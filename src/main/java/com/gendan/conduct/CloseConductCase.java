package com.gendan.conduct;

import static com.gendan.conduct.ConductReviewProcess.Variables.CASE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Not confirmed, or the decision not approved: the case ends and the reporter is told. */
@Component(ConductReviewProcess.Beans.CLOSE_CASE)
class CloseConductCase implements JavaDelegate {

  private final ConductCases cases;

  CloseConductCase(ConductCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.close(CASE_ID.require(execution));
  }
}
