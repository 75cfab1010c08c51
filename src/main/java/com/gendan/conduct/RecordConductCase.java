package com.gendan.conduct;

import static com.gendan.conduct.ConductReviewProcess.Variables.CASE_ID;

import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Approved: the case goes on the assistant's file; the people concerned are told. */
@Component(ConductReviewProcess.Beans.RECORD_CASE)
class RecordConductCase implements JavaDelegate {

  private final ConductCases cases;

  RecordConductCase(ConductCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.record(CASE_ID.require(execution), Actors.SYSTEM);
  }
}
