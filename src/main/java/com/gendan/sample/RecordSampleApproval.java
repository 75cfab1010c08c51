package com.gendan.sample;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(SampleTrackingProcess.Beans.RECORD_APPROVAL)
class RecordSampleApproval implements JavaDelegate {

  private final SampleService sampleService;

  RecordSampleApproval(SampleService sampleService) {
    this.sampleService = sampleService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sampleService.recordApproval(SampleTrackingProcess.Variables.SAMPLE_ID.require(execution));
  }
}
