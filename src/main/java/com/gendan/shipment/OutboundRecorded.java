package com.gendan.shipment;

import static com.gendan.order.SalesOrderProcess.Variables.CARRIER;
import static com.gendan.order.SalesOrderProcess.Variables.FULFILLED;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPMENT_ID;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPPED_LINES_TEXT;
import static com.gendan.order.SalesOrderProcess.Variables.SHIPPED_ON;
import static com.gendan.order.SalesOrderProcess.Variables.TRACKING_NUMBER;

import com.gendan.order.SalesOrderProcess;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.TextRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records the warehouse's outbound delivery (or stock transfer). When the order is shipped in full,
 * {@code fulfilled} on the order lets its main flow close it.
 */
@Component(SalesOrderProcess.Beans.OUTBOUND_RECORDED)
class OutboundRecorded implements TaskListener {

  private final Shipments shipments;
  private final FormLabels formLabels;

  OutboundRecorded(Shipments shipments, FormLabels formLabels) {
    this.shipments = shipments;
    this.formLabels = formLabels;
  }

  /** How the outbound form takes shipped quantities: one order line a row. */
  static final String SHIPPED_FORMAT = "行号 数量";

  private static final String SHIPPED_LINES = SHIPPED_LINES_TEXT.name();

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    List<FieldProblem> problems = new ArrayList<>();
    TextRows.RowItems<OutboundRequest.Line> lines =
        InvalidTaskInputException.translating(
            labels::of,
            () ->
                TextRows.read(
                    SHIPPED_LINES, SHIPPED_LINES_TEXT.get(task), problems, OutboundRecorded::line));
    LocalDate shippedOn = SHIPPED_ON.read(task, problems);
    // The service names the request's lines; on this form they are the rows of the text.
    boolean fulfilled =
        InvalidTaskInputException.translating(
            field -> labels.of(lines.formField(field)),
            () -> {
              InvalidRequestException.throwIfAny(problems);
              return shipments.recordOutbound(
                  SHIPMENT_ID.require(task),
                  new OutboundRequest(
                      lines.items(), CARRIER.get(task), TRACKING_NUMBER.get(task), shippedOn),
                  Actors.currentUserOr(task.getAssignee()));
            });
    if (fulfilled) {
      FULFILLED.set(task.getExecution().getProcessInstance(), true);
    }
  }

  /** A row "行号 数量" of the form. */
  private static OutboundRequest.Line line(TextRows.Row row, Consumer<String> unreadable) {
    Integer no = row.cells().size() == 2 ? row.wholeNumber(0) : null;
    BigDecimal quantity = row.cells().size() == 2 ? row.number(1) : null;
    if (no == null || quantity == null) {
      unreadable.accept("应为“" + SHIPPED_FORMAT + "”：" + row.text());
      return null;
    }
    return new OutboundRequest.Line(no, quantity);
  }
}
