package com.gendan.close;

import static com.gendan.close.MonthlyCloseProcess.Variables.ALREADY_CLOSED;
import static com.gendan.close.MonthlyCloseProcess.Variables.CLOSE_ID;
import static com.gendan.close.MonthlyCloseProcess.Variables.CLOSE_MONTH;
import static com.gendan.close.MonthlyCloseProcess.Variables.CUSTOMER_NAME;
import static com.gendan.close.MonthlyCloseProcess.Variables.MONTH_ENDED;
import static com.gendan.close.MonthlyCloseProcess.Variables.TRIGGER;

import com.gendan.close.MonthCloses.Registration;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.scope.CustomerScope;
import com.gendan.time.Months;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The close's first step: registered once per customer and month (a second start ends at 本月已月结),
 * and whether the month is already over.
 */
@Component(MonthlyCloseProcess.Beans.REGISTER)
class RegisterMonthClose implements JavaDelegate {

  private final MonthCloses closes;
  private final CustomerDirectory customers;
  private final FormLabels formLabels;

  RegisterMonthClose(MonthCloses closes, CustomerDirectory customers, FormLabels formLabels) {
    this.closes = closes;
    this.customers = customers;
    this.formLabels = formLabels;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long customerId = CustomerScope.customerId(execution);
    if (customerId == null) {
      throw new InvalidTaskInputException(CustomerScope.CUSTOMER_ID, "请指定要月结的客户");
    }
    FieldLabels labels = formLabels.ofStart(execution);
    YearMonth month =
        InvalidTaskInputException.translating(labels::of, () -> month(CLOSE_MONTH.get(execution)));
    CustomerView customer = customers.findById(customerId).orElseThrow();
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(MonthlyCloseProcess.businessKey(customer.code(), month));
    }
    Registration registration =
        InvalidTaskInputException.translating(
            labels::of,
            () ->
                closes.register(
                    customerId, month, execution.getProcessInstanceId(), TRIGGER.get(execution)));
    CLOSE_ID.set(execution, registration.closeId());
    ALREADY_CLOSED.set(execution, registration.alreadyClosed());
    MONTH_ENDED.set(execution, registration.monthEnded());
    CUSTOMER_NAME.set(execution, customer.chineseName());
  }

  private static YearMonth month(String text) {
    try {
      if (text != null && text.matches("[0-9]{4}-[0-9]{2}")) {
        YearMonth month = YearMonth.parse(text);
        if (!month.isBefore(Months.FIRST)) {
          return month;
        }
      }
    } catch (DateTimeParseException e) {
      // named below
    }
    throw new InvalidTaskInputException(
        CLOSE_MONTH.name(), "应为“年-月”，如 2026-11，不早于 " + Months.FIRST);
  }
}
