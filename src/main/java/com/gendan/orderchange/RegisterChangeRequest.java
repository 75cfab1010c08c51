package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGED_LINES_TEXT;
import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_KIND;
import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REASON;
import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;
import static com.gendan.orderchange.OrderChangeProcess.Variables.ORDER_NUMBER;
import static com.gendan.orderchange.OrderChangeProcess.Variables.REQUEST_NUMBER;

import com.gendan.data.Codes;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.problem.FieldProblem;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.TextRows;
import com.gendan.scope.CustomerScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step: a request from Tasklist's start form is checked and registered (the API registers
 * it itself and starts the process with its id). Either way the process is linked to it, keyed by
 * its number, and the forms get what they show.
 */
@Component(OrderChangeProcess.Beans.REGISTER_REQUEST)
class RegisterChangeRequest implements JavaDelegate {

  private final ChangeRequests requests;
  private final OrderService orderService;
  private final ChangeRequestFormVariables formVariables;
  private final FormLabels formLabels;

  RegisterChangeRequest(
      ChangeRequests requests,
      OrderService orderService,
      ChangeRequestFormVariables formVariables,
      FormLabels formLabels) {
    this.requests = requests;
    this.orderService = orderService;
    this.formVariables = formVariables;
    this.formLabels = formLabels;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long requestId = CHANGE_REQUEST_ID.get(execution);
    if (requestId == null) {
      requestId = registerFromStartForm(execution);
      CHANGE_REQUEST_ID.set(execution, requestId);
    }
    requests.linkProcess(requestId, execution.getProcessInstanceId());
    formVariables.publish(execution, requestId);
    execution.setProcessBusinessKey(REQUEST_NUMBER.get(execution));
  }

  private long registerFromStartForm(DelegateExecution execution) {
    // the request's fields as the start form names them (the order is named by its number)
    FieldLabels labels =
        formLabels
            .ofStart(execution)
            .naming(CustomerScope.CUSTOMER_ID, CustomerScope.CUSTOMER_CODE)
            .naming("orderId", ORDER_NUMBER.name())
            .naming("kind", CHANGE_KIND.name())
            .naming("reason", CHANGE_REASON.name());
    List<FieldProblem> unreadable = new ArrayList<>();
    ChangeKind kind = CHANGE_KIND.read(execution, true, "请选择变更或取消", unreadable);
    String number = ORDER_NUMBER.get(execution);
    Optional<SalesOrder> order =
        number == null || number.isBlank()
            ? Optional.empty()
            : orderService
                .findByNumber(Codes.normalized(number))
                .filter(o -> o.customerId() == CustomerScope.customerId(execution));
    if (order.isEmpty()) {
      unreadable.add(
          new FieldProblem(
              ORDER_NUMBER.name(),
              number == null || number.isBlank() ? "请填写订单号" : "该客户没有订单 " + number.strip()));
    }
    TextRows.RowItems<ChangeRequestData.Line> rows =
        InvalidTaskInputException.translating(
            labels::of,
            () ->
                TextRows.read(
                    CHANGED_LINES_TEXT.name(),
                    CHANGED_LINES_TEXT.get(execution),
                    unreadable,
                    ChangeRequestText::changedLine));
    ChangeRequestData data =
        new ChangeRequestData(kind, rows.items(), CHANGE_REASON.get(execution));
    if (order.isEmpty()) {
      throw new InvalidTaskInputException(
          unreadable.stream()
              .map(p -> new FieldProblem(labels.of(p.field()), p.message()))
              .toList());
    }
    long orderId = order.get().id();
    return InvalidTaskInputException.registeringRows(
        rows,
        unreadable,
        labels::of,
        () -> requests.problemsOf(orderId, data),
        () -> requests.open(orderId, data, Actors.currentUserOr(null)));
  }
}
