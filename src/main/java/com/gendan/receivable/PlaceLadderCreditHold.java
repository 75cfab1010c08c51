package com.gendan.receivable;

import static com.gendan.receivable.ReceivableCollectionProcess.Variables.CREDIT_HOLD_PLACED;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.INVOICE_ID;

import com.gendan.scope.CustomerScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 60 days overdue: the customer goes on credit hold, recorded as the ladder's. */
@Component(ReceivableCollectionProcess.Beans.PLACE_CREDIT_HOLD)
class PlaceLadderCreditHold implements JavaDelegate {

  private final LadderCreditHold creditHold;

  PlaceLadderCreditHold(LadderCreditHold creditHold) {
    this.creditHold = creditHold;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long customerId = ((Number) execution.getVariable(CustomerScope.CUSTOMER_ID)).longValue();
    CREDIT_HOLD_PLACED.set(execution, creditHold.place(customerId, INVOICE_ID.require(execution)));
  }
}
