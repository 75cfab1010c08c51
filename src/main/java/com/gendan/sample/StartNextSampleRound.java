package com.gendan.sample;

import static com.gendan.sample.SampleTrackingProcess.Variables.IMPROVEMENT_NOTE;
import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_ID;

import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After a fail: an improved sample goes out as the next round of the same request. */
@Component(SampleTrackingProcess.Beans.START_NEXT_ROUND)
class StartNextSampleRound implements JavaDelegate {

  private final SampleService sampleService;
  private final SampleFormVariables formVariables;

  StartNextSampleRound(SampleService sampleService, SampleFormVariables formVariables) {
    this.sampleService = sampleService;
    this.formVariables = formVariables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long sampleId = SAMPLE_ID.require(execution);
    sampleService.startNextRound(
        sampleId, IMPROVEMENT_NOTE.get(execution), Actors.currentUserOr(null));
    formVariables.publish(execution, sampleId);
    SampleTrackingProcess.Variables.APPROVAL_REQUIRED.set(
        execution, sampleService.needsApproval(sampleId));
  }
}
