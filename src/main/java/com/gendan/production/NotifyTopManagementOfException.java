package com.gendan.production;

import static com.gendan.order.SalesOrderProcess.Variables.EXCEPTION_ID;

import com.gendan.order.SalesOrderProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Escalates a production exception to top management by mail. */
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
    mails.exceptionToTopManagement(exceptions.load(EXCEPTION_ID.require(execution)));
  }
}
