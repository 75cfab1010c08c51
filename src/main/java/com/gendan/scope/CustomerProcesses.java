package com.gendan.scope;

import com.gendan.process.ProcessVariable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts the process of a business document the API has just registered (a quote, a sample request,
 * an order), as the calling user, in the document's customer scope and keyed by its number, with
 * the document's id in the instance.
 */
@Component
public class CustomerProcesses {

  private final RuntimeService runtimeService;

  CustomerProcesses(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  public ProcessInstance start(
      String processKey,
      String documentNumber,
      long customerId,
      ProcessVariable<Long> documentIdVariable,
      long documentId) {
    return runtimeService
        .createProcessInstanceByKey(processKey)
        .businessKey(documentNumber)
        .setVariable(CustomerScope.CUSTOMER_ID, customerId)
        .setVariable(documentIdVariable.name(), documentId)
        .execute();
  }
}
