package com.gendan.receivable;

import static com.gendan.receivable.ReceivableCollectionProcess.Variables.CREDIT_HOLD_PLACED;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.INVOICE_ID;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.SALES_MANAGER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 60 days overdue: the general manager, finance and the customer's team are told of the hold. */
@Component(ReceivableCollectionProcess.Beans.NOTIFY_GENERAL_MANAGER)
class NotifyGeneralManagerOfReceivable implements JavaDelegate {

  private final CollectionMails mails;

  NotifyGeneralManagerOfReceivable(CollectionMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.generalManagerTold(
        INVOICE_ID.require(execution),
        SALES_MANAGER.get(execution),
        Boolean.TRUE.equals(CREDIT_HOLD_PLACED.get(execution)));
  }
}
