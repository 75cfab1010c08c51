package com.gendan.quote;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(QuoteApprovalProcess.Beans.RECORD_PRICE_AGREEMENTS)
class RecordPriceAgreements implements JavaDelegate {

  private final QuoteService quoteService;

  RecordPriceAgreements(QuoteService quoteService) {
    this.quoteService = quoteService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    quoteService.recordPriceAgreements(QuoteApprovalProcess.Variables.QUOTE_ID.require(execution));
  }
}
