package com.gendan.quote;

import static com.gendan.quote.QuoteApprovalProcess.Variables.QUOTE_ID;

import com.gendan.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer countered: the next revision is drafted, signed and sent again. */
@Component(QuoteApprovalProcess.Beans.START_REVISION)
class StartQuoteRevision implements JavaDelegate {

  private final QuoteService quoteService;
  private final QuoteFormVariables formVariables;

  StartQuoteRevision(QuoteService quoteService, QuoteFormVariables formVariables) {
    this.quoteService = quoteService;
    this.formVariables = formVariables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long quoteId = QUOTE_ID.require(execution);
    quoteService.startRevision(quoteId, Actors.currentUserOr(null));
    formVariables.publish(execution, quoteId);
  }
}
