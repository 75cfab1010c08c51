package com.gendan.sample;

import static com.gendan.sample.SampleTrackingProcess.Variables.CARRIER;
import static com.gendan.sample.SampleTrackingProcess.Variables.CUSTOMER_NAME;
import static com.gendan.sample.SampleTrackingProcess.Variables.ROUND_NO;
import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_NUMBER;
import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_SUMMARY;
import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_VALUE;
import static com.gendan.sample.SampleTrackingProcess.Variables.TRACKING_NUMBER;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.process.Numbers;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Copies what the sample forms show from the sample tables into the process. */
@Component
@Transactional(readOnly = true)
class SampleFormVariables {

  private final SampleService sampleService;
  private final CustomerDirectory customers;

  SampleFormVariables(SampleService sampleService, CustomerDirectory customers) {
    this.sampleService = sampleService;
    this.customers = customers;
  }

  void publish(VariableScope scope, long sampleId) {
    SampleRequest request = sampleService.load(sampleId);
    SampleRound round = request.currentRound();
    SAMPLE_NUMBER.set(scope, request.sampleNumber());
    ROUND_NO.set(scope, round.roundNo());
    CUSTOMER_NAME.set(
        scope, customers.findById(request.customerId()).map(CustomerView::chineseName).orElse(""));
    SAMPLE_SUMMARY.set(
        scope,
        request.specText()
            + "，"
            + Numbers.plain(request.quantity())
            + request.unit()
            + "，用途："
            + request.purpose()
            + (request.charged() ? "（收费样品）" : "（免费样品）"));
    SAMPLE_VALUE.set(scope, request.sampleValue().doubleValue());
    CARRIER.set(scope, round.carrier());
    TRACKING_NUMBER.set(scope, round.trackingNumber());
  }
}
