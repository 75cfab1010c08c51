package com.gendan.receivable;

import static com.gendan.receivable.ReceivableCollectionProcess.Variables.INVOICE_ID;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.SALES_MANAGER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 30 days overdue: the sales manager and finance are told. */
@Component(ReceivableCollectionProcess.Beans.NOTIFY_MANAGER_AND_FINANCE)
class NotifyManagerOfReceivable implements JavaDelegate {

  private final CollectionMails mails;

  NotifyManagerOfReceivable(CollectionMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.managerAndFinanceTold(INVOICE_ID.require(execution), SALES_MANAGER.get(execution));
  }
}
