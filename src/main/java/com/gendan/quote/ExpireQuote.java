package com.gendan.quote;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(QuoteApprovalProcess.Beans.EXPIRE_QUOTE)
class ExpireQuote implements JavaDelegate {

  private final QuoteService quoteService;

  ExpireQuote(QuoteService quoteService) {
    this.quoteService = quoteService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    quoteService.expire(QuoteApprovalProcess.Variables.QUOTE_ID.require(execution));
  }
}
