package com.gendan.production;

import static com.gendan.order.SalesOrderProcess.Variables.EXCEPTION_ID;
import static com.gendan.order.SalesOrderProcess.Variables.EXCEPTION_SUMMARY;

import com.gendan.order.SalesOrderProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates a production exception to top management by mail and puts its summary on this event
 * sub-process instance, for the decision and inform forms.
 */
@Component(SalesOrderProcess.Beans.NOTIFY_TOP_MANAGEMENT)
class NotifyTopManagementOfException implements JavaDelegate {

  private final OrderExceptions exceptions;
  private final ProductionExceptionMails mails;

  NotifyTopManagementOfException(OrderExceptions exceptions, ProductionExceptionMails mails) {
    this.exceptions = exceptions;
    this.mails = mails;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    OrderException exception = exceptions.load(EXCEPTION_ID.require(execution));
    EXCEPTION_SUMMARY.setLocal(execution, exception.summary());
    mails.exceptionToTopManagement(exception);
  }
}
