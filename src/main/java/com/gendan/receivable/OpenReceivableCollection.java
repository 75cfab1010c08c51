package com.gendan.receivable;

import static com.gendan.receivable.ReceivableCollectionProcess.Variables.CUSTOMER_NAME;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.DUE_ON;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.INVOICE_ID;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.INVOICE_NUMBER;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.RECEIVABLE_SUMMARY;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.SALES_MANAGER;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.STATEMENT_NUMBER;

import com.gendan.receivable.ReceivableCollections.Collection;
import com.gendan.scope.CustomerScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step: the invoice's number, customer, due date, summary and the assistant's manager into
 * the instance.
 */
@Component(ReceivableCollectionProcess.Beans.OPEN_COLLECTION)
class OpenReceivableCollection implements JavaDelegate {

  private final ReceivableCollections collections;

  OpenReceivableCollection(ReceivableCollections collections) {
    this.collections = collections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Collection c = collections.load(INVOICE_ID.require(execution));
    INVOICE_NUMBER.set(execution, c.invoiceNumber());
    STATEMENT_NUMBER.set(execution, c.statementNumber());
    CUSTOMER_NAME.set(execution, c.customerName());
    DUE_ON.set(execution, c.dueOn());
    RECEIVABLE_SUMMARY.set(execution, c.summary());
    SALES_MANAGER.set(
        execution,
        collections
            .salesManagerOf((String) execution.getVariable(CustomerScope.CUSTOMER_ASSISTANT))
            .orElse(null));
  }
}
