package com.gendan.complaint;

import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_NUMBER;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_SUMMARY;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.CUSTOMER_NAME;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.ORDER_NUMBER;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.RETURNED_GOODS;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.SHIPMENT_NUMBER;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.SHIPPED_LINES;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderLine;
import com.gendan.process.Numbers;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Copies what the complaint forms show from Gendan's tables into the process. */
@Component
@Transactional(readOnly = true)
public class ComplaintFormVariables {

  private final ComplaintService complaintService;
  private final CustomerDirectory customers;
  private final OrderService orderService;

  ComplaintFormVariables(
      ComplaintService complaintService, CustomerDirectory customers, OrderService orderService) {
    this.complaintService = complaintService;
    this.customers = customers;
    this.orderService = orderService;
  }

  /** The complaint's number, customer, order, shipment and summary; the shipped lines. */
  public void publish(VariableScope scope, long complaintId) {
    Complaint complaint = complaintService.load(complaintId);
    SalesOrder order = orderService.load(complaint.orderId());
    COMPLAINT_NUMBER.set(scope, complaint.complaintNumber());
    CUSTOMER_NAME.set(
        scope,
        customers.findById(complaint.customerId()).map(CustomerView::chineseName).orElse(""));
    ORDER_NUMBER.set(scope, order.orderNumber());
    SHIPMENT_NUMBER.set(
        scope,
        complaint.shipmentId() == null
            ? null
            : complaintService.shipmentNumber(complaint.shipmentId()));
    COMPLAINT_SUMMARY.set(
        scope,
        complaint.category().label()
            + "（"
            + complaint.severity().label()
            + "）："
            + complaint.description());
    SHIPPED_LINES.set(
        scope, orderLines(order, complaintService.shippedQuantities(complaintId), "已出货"));
  }

  /** What the warehouse received back, per order line with its product, for quality's check. */
  public void publishReturned(VariableScope scope, long complaintId) {
    Complaint complaint = complaintService.load(complaintId);
    RETURNED_GOODS.set(
        scope,
        orderLines(orderService.load(complaint.orderId()), complaint.returnedQuantities(), "退货"));
  }

  /** "第1行 EC-C0805-106：已出货 60", one row per order line that has a quantity. */
  private static String orderLines(
      SalesOrder order, Map<Integer, BigDecimal> quantities, String what) {
    return order.lines().stream()
        .filter(line -> quantities.containsKey(line.lineNo()))
        .map(line -> orderLine(line, what, quantities.get(line.lineNo())))
        .collect(Collectors.joining("\n"));
  }

  private static String orderLine(SalesOrderLine line, String what, BigDecimal quantity) {
    return "第"
        + line.lineNo()
        + "行 "
        + line.productCode()
        + "："
        + what
        + " "
        + Numbers.plain(quantity == null ? BigDecimal.ZERO : quantity);
  }
}
