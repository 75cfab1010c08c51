package com.gendan.quote;

import static com.gendan.quote.QuoteApprovalProcess.Variables.SIGN_COMMENT;
import static com.gendan.quote.QuoteApprovalProcess.Variables.SIGN_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.gendan.process.ProcessVariable;

/** A new signing task opens blank, never with the previous signer's decision filled in. */
@Component(QuoteApprovalProcess.Beans.SIGNING_STARTED)
class QuoteSigningStarted implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ProcessVariable.removeFromInstance(task, SIGN_DECISION, SIGN_COMMENT);
  }
}
