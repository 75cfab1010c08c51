package com.gendan.quote;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A signer refused the quote: the assistant learns why (the revision is already marked). */
@Component(QuoteApprovalProcess.Beans.RECORD_SIGNER_REJECTION)
class RecordSignerRejection implements JavaDelegate {

  private final QuoteMails mails;

  RecordSignerRejection(QuoteMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.signerRejected(
        QuoteApprovalProcess.Variables.QUOTE_ID.require(execution),
        QuoteApprovalProcess.Variables.SIGN_COMMENT.get(execution));
  }
}
