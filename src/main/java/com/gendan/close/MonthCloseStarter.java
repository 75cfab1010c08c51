package com.gendan.close;

import com.gendan.close.MonthlyCloseProcess.CloseTrigger;
import com.gendan.close.MonthlyCloseProcess.Variables;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.scope.CustomerScope;
import com.gendan.statement.StatementConfirmed;
import java.time.YearMonth;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a customer's close of a month unless it has one: when the customer confirmed its statement
 * of the month (the hook of the statements), and for the close calendar. The close's first step
 * registers it once per customer and month, so a start by hand on top of these closes nothing twice
 * either.
 */
@Component
class MonthCloseStarter {

  private static final Logger LOG = LoggerFactory.getLogger(MonthCloseStarter.class);

  private final MonthCloses closes;
  private final CustomerDirectory customers;
  private final RuntimeService runtimeService;

  MonthCloseStarter(
      MonthCloses closes, CustomerDirectory customers, RuntimeService runtimeService) {
    this.closes = closes;
    this.customers = customers;
    this.runtimeService = runtimeService;
  }

  /** The reconciliation of the month is done (每月底客户对帐完成后): the month is closed. */
  @EventListener
  void statementConfirmed(StatementConfirmed confirmed) {
    startUnlessClosed(confirmed.customerId(), confirmed.month(), CloseTrigger.STATEMENT_CONFIRMED);
  }

  /**
   * Starts the close unless the customer's month has one.
   *
   * @return whether a close was started
   */
  boolean startUnlessClosed(long customerId, YearMonth month, CloseTrigger trigger) {
    if (closes.exists(customerId, month)) {
      return false;
    }
    CustomerView customer = customers.findById(customerId).orElseThrow();
    String businessKey = MonthlyCloseProcess.businessKey(customer.code(), month);
    runtimeService
        .createProcessInstanceByKey(MonthlyCloseProcess.KEY)
        .businessKey(businessKey)
        .setVariable(CustomerScope.CUSTOMER_ID, customerId)
        .setVariable(Variables.CLOSE_MONTH.name(), month.toString())
        .setVariable(Variables.TRIGGER.name(), trigger.value())
        .execute();
    LOG.info("Month close {} started ({})", businessKey, trigger);
    return true;
  }
}
