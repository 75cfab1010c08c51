package com.gendan.receivable;

import static com.gendan.receivable.ReceivableCollectionProcess.Variables.INVOICE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 15 days overdue: the sales rep is asked to help. */
@Component(ReceivableCollectionProcess.Beans.NOTIFY_SALES_REP)
class NotifySalesRepOfReceivable implements JavaDelegate {

  private final CollectionMails mails;

  NotifySalesRepOfReceivable(CollectionMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.salesRepAsked(INVOICE_ID.require(execution));
  }
}
