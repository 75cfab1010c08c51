package com.gendan.sample;

import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_ID;
import static com.gendan.sample.SampleTrackingProcess.Variables.WITHDRAWAL_REASON;
import static com.gendan.sample.SampleTrackingProcess.Variables.WITHDRAWN_BY;

import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(SampleTrackingProcess.Beans.RECORD_WITHDRAWAL)
class RecordSampleWithdrawal implements JavaDelegate {

  private final SampleService sampleService;

  RecordSampleWithdrawal(SampleService sampleService) {
    this.sampleService = sampleService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sampleService.withdraw(
        SAMPLE_ID.require(execution),
        WITHDRAWAL_REASON.get(execution),
        Actors.currentUserOr(WITHDRAWN_BY.get(execution)));
  }
}
