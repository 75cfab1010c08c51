package com.gendan.quote;

import static com.gendan.quote.QuoteApprovalProcess.Variables.APPROVER_GROUPS;
import static com.gendan.quote.QuoteApprovalProcess.Variables.QUOTE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component(QuoteApprovalProcess.Beans.GENERATE_SIGNED_QUOTE)
class GenerateSignedQuote implements JavaDelegate {

  private final QuoteDocuments documents;

  GenerateSignedQuote(QuoteDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    documents.generate(QUOTE_ID.require(execution), APPROVER_GROUPS.require(execution));
  }
}
