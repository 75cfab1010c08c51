package com.gendan.receivable;

import static com.gendan.receivable.ReceivableCollectionProcess.Variables.INVOICE_ID;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.RECEIVABLE_PAID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A payment arrived: paid in full ends the ladder, a part leaves it running. */
@Component(ReceivableCollectionProcess.Beans.APPLY_PAYMENT)
class ApplyReceivablePayment implements JavaDelegate {

  private final ReceivableCollections collections;

  ApplyReceivablePayment(ReceivableCollections collections) {
    this.collections = collections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RECEIVABLE_PAID.set(execution, collections.paid(INVOICE_ID.require(execution)));
  }
}
