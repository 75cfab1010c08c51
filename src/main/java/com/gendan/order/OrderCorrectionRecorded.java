package com.gendan.order;

import static com.gendan.order.SalesOrderProcess.Variables.ADDED_SPECIAL_REQUIREMENTS;
import static com.gendan.order.SalesOrderProcess.Variables.CORRECTION_ACTION;
import static com.gendan.order.SalesOrderProcess.Variables.DEVIATION_COMMENT;
import static com.gendan.order.SalesOrderProcess.Variables.DEVIATION_DECISION;
import static com.gendan.order.SalesOrderProcess.Variables.ORDER_ID;
import static com.gendan.order.SalesOrderProcess.Variables.PRICE_DEVIATION_ACCEPTED;

import com.gendan.order.OrderDecisions.CorrectionAction;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.ProcessVariable;
import com.gendan.process.TextRows;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The assistant agreed a correction with the customer (the lines are revised and/or the special
 * requirements added to, e.g. with a missing standing requirement) or accepts the findings with a
 * reason (a price deviation then goes to a sales manager). A manager's refusal was shown on this
 * correction; answered, it is not shown on the next one (the findings keep it).
 */
@Component(SalesOrderProcess.Beans.CORRECTION_RECORDED)
class OrderCorrectionRecorded implements TaskListener {

  private final OrderService orderService;
  private final FormLabels formLabels;

  OrderCorrectionRecorded(OrderService orderService, FormLabels formLabels) {
    this.orderService = orderService;
    this.formLabels = formLabels;
  }

  private static final String REVISED_LINES = SalesOrderProcess.Variables.REVISED_LINES_TEXT.name();

  /** What the service calls the order's special requirements. */
  private static final String SPECIAL_REQUIREMENTS = "specialRequirements";

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    long orderId = ORDER_ID.require(task);
    String userId = Actors.currentUserOr(task.getAssignee());
    CorrectionAction action =
        InvalidTaskInputException.translating(
            labels::of, () -> CORRECTION_ACTION.answer(task, "请选择修改明细或接受审查发现"));
    boolean priceDeviation = false;
    if (action == CorrectionAction.REVISE) {
      TextRows.RowItems<OrderRequest.Line> revised =
          InvalidTaskInputException.translating(labels::of, () -> revisedLines(task));
      // The service names the request's lines and the special requirements; on this form they are
      // the rows of the text and what is added to the requirements.
      InvalidTaskInputException.translating(
          field ->
              labels.of(
                  field.equals(SPECIAL_REQUIREMENTS)
                      ? ADDED_SPECIAL_REQUIREMENTS.name()
                      : revised.formField(field)),
          () ->
              orderService.revise(
                  orderId, revised.items(), ADDED_SPECIAL_REQUIREMENTS.get(task), userId));
    } else {
      priceDeviation =
          InvalidTaskInputException.translating(
              labels::of,
              () ->
                  orderService.accept(
                      orderId, SalesOrderProcess.Variables.ACCEPTANCE_REASON.get(task), userId));
    }
    PRICE_DEVIATION_ACCEPTED.set(task.getExecution(), priceDeviation);
    ProcessVariable.removeFromInstance(task, DEVIATION_DECISION, DEVIATION_COMMENT);
  }

  /** The revised lines typed; none when the text is empty (the lines stay as they are). */
  private static TextRows.RowItems<OrderRequest.Line> revisedLines(DelegateTask task) {
    String revised = SalesOrderProcess.Variables.REVISED_LINES_TEXT.get(task);
    if (revised == null || revised.isBlank()) {
      return new TextRows.RowItems<>(REVISED_LINES, List.of(), List.of());
    }
    return OrderLinesText.parse(revised, REVISED_LINES);
  }
}
