package com.gendan.receivable;

import static com.gendan.receivable.ReceivableCollectionProcess.Variables.INVOICE_ID;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.PROMISE_CHASE_ID;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.SALES_MANAGER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A broken promise to pay, mailed at once to the assistant's sales manager. */
@Component(ReceivableCollectionProcess.Beans.ESCALATE_BROKEN_PROMISE)
class EscalateBrokenPromise implements JavaDelegate {

  private final CollectionMails mails;

  EscalateBrokenPromise(CollectionMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.brokenPromise(
        INVOICE_ID.require(execution),
        PROMISE_CHASE_ID.require(execution),
        SALES_MANAGER.get(execution));
  }
}
