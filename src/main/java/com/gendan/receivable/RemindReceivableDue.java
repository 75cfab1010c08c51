package com.gendan.receivable;

import static com.gendan.receivable.ReceivableCollectionProcess.Variables.INVOICE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before the due date: the assistant is reminded by mail. */
@Component(ReceivableCollectionProcess.Beans.REMIND_ASSISTANT)
class RemindReceivableDue implements JavaDelegate {

  private final CollectionMails mails;

  RemindReceivableDue(CollectionMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.reminder(INVOICE_ID.require(execution));
  }
}
