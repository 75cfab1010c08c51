package com.gendan.receivable;

import static com.gendan.receivable.ReceivableCollectionProcess.Variables.INVOICE_ID;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.PROMISE_CHASE_ID;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.PROMISE_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The promised date has passed: kept, broken, or nothing open any more. */
@Component(ReceivableCollectionProcess.Beans.CHECK_PROMISE)
class CheckPaymentPromise implements JavaDelegate {

  private final ReceivableCollections collections;

  CheckPaymentPromise(ReceivableCollections collections) {
    this.collections = collections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PROMISE_OUTCOME.set(
        execution,
        collections.checkPromise(
            INVOICE_ID.require(execution), PROMISE_CHASE_ID.require(execution)));
  }
}
