package com.gendan.order;

import static com.gendan.order.SalesOrderProcess.Variables.LINES_TEXT;
import static com.gendan.order.SalesOrderProcess.Variables.ORDER_ID;
import static com.gendan.order.SalesOrderProcess.Variables.ORDER_NUMBER;
import static com.gendan.order.SalesOrderProcess.Variables.PHONE_ORDER;

import com.gendan.problem.FieldProblem;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.TextRows;
import com.gendan.scope.CustomerScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step: an order keyed into Tasklist's start form becomes a written sales order (the API
 * registers it itself and starts the process with its id). Either way the process is linked to it
 * and learns whether it came by phone.
 */
@Component(SalesOrderProcess.Beans.REGISTER_ORDER)
class RegisterOrder implements JavaDelegate {

  private final OrderService orderService;
  private final OrderFormVariables formVariables;
  private final Clock clock;
  private final FormLabels formLabels;

  RegisterOrder(
      OrderService orderService,
      OrderFormVariables formVariables,
      Clock clock,
      FormLabels formLabels) {
    this.orderService = orderService;
    this.formVariables = formVariables;
    this.clock = clock;
    this.formLabels = formLabels;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long orderId = ORDER_ID.get(execution);
    if (orderId == null) {
      orderId = registerFromStartForm(execution);
      ORDER_ID.set(execution, orderId);
    }
    orderService.linkProcess(orderId, execution.getProcessInstanceId());
    formVariables.publish(execution, orderId);
    PHONE_ORDER.set(execution, orderService.load(orderId).channel() == OrderChannel.PHONE);
    SalesOrderProcess.Variables.FULFILLED.set(execution, false);
    execution.setProcessBusinessKey(ORDER_NUMBER.get(execution));
  }

  private long registerFromStartForm(DelegateExecution execution) {
    FieldLabels labels =
        formLabels
            .ofStart(execution)
            .naming(CustomerScope.CUSTOMER_ID, CustomerScope.CUSTOMER_CODE);
    List<FieldProblem> unreadable = new ArrayList<>();
    TextRows.RowItems<OrderRequest.Line> lines =
        OrderLinesText.read(LINES_TEXT.get(execution), LINES_TEXT.name(), unreadable);
    OrderChannel channel =
        InvalidTaskInputException.translating(
            labels::of, () -> SalesOrderProcess.Variables.CHANNEL.get(execution));
    OrderRequest request =
        new OrderRequest(
            CustomerScope.customerId(execution),
            channel,
            SalesOrderProcess.Variables.CUSTOMER_PO.get(execution),
            receivedAt(SalesOrderProcess.Variables.RECEIVED_AT.get(execution), labels),
            null,
            SalesOrderProcess.Variables.SPECIAL_REQUIREMENTS.get(execution),
            lines.items());
    return InvalidTaskInputException.registeringRows(
        lines,
        unreadable,
        labels::of,
        () -> orderService.problemsOf(request),
        () -> orderService.register(request, Actors.currentUserOr(null)));
  }

  /** Camunda Forms' date-time field gives "yyyy-MM-ddTHH:mm" or a date alone. */
  private OffsetDateTime receivedAt(String value, FieldLabels labels) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    ZoneId zone = clock.getZone();
    try {
      if (text.length() <= 10) {
        return LocalDate.parse(text).atStartOfDay(zone).toOffsetDateTime();
      }
      try {
        return OffsetDateTime.parse(text);
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
      }
    } catch (DateTimeParseException e) {
      throw new InvalidTaskInputException(
          labels.of(SalesOrderProcess.Variables.RECEIVED_AT.name()), "日期时间格式应为 yyyy-MM-dd HH:mm");
    }
  }
}
