package com.gendan.order.api;

import com.gendan.audit.DocumentReadLog;
import com.gendan.audit.ReadDocument;
import com.gendan.customer.CustomerDirectory;
import com.gendan.data.IdOrNumber;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.identity.Role;
import com.gendan.order.OrderRequest;
import com.gendan.order.OrderService;
import com.gendan.order.OrderStatus;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderProcess;
import com.gendan.orderchange.CancellationRequest;
import com.gendan.orderchange.OrderChangeRequest;
import com.gendan.orderchange.OrderChanges;
import com.gendan.problem.InvalidRequestException;
import com.gendan.problem.NotFoundException;
import com.gendan.process.EngineActions;
import com.gendan.production.ExceptionRequest;
import com.gendan.production.OrderException;
import com.gendan.production.OrderExceptions;
import com.gendan.scope.CustomerProcesses;
import com.gendan.security.CurrentUser;
import com.gendan.shipment.GoodsReadyRequest;
import com.gendan.shipment.OrderShipping;
import com.gendan.shipment.Shipment;
import com.gendan.shipment.ShipmentStatus;
import com.gendan.shipment.Shipments;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order API's use cases. An order is registered and its process started in one transaction, as
 * the calling user; reads follow the customer scope and are logged.
 */
@Service
@Transactional
class OrderApi {

  static final String EXAMPLE_NUMBER = "XS-2026-00001";

  private static final Logger LOG = LoggerFactory.getLogger(OrderApi.class);

  private final OrderService orderService;
  private final OrderExceptions exceptions;
  private final CustomerDirectory customers;
  private final CustomerProcesses customerProcesses;
  private final EngineActions engineActions;
  private final Shipments shipments;
  private final OrderShipping shipping;
  private final OrderChanges orderChanges;

  private final DocumentReadLog readLog;

  OrderApi(
      OrderService orderService,
      OrderExceptions exceptions,
      CustomerDirectory customers,
      CustomerProcesses customerProcesses,
      EngineActions engineActions,
      Shipments shipments,
      OrderShipping shipping,
      OrderChanges orderChanges,
      DocumentReadLog readLog) {
    this.readLog = readLog;
    this.orderChanges = orderChanges;
    this.orderService = orderService;
    this.exceptions = exceptions;
    this.shipments = shipments;
    this.shipping = shipping;
    this.customers = customers;
    this.customerProcesses = customerProcesses;
    this.engineActions = engineActions;
  }

  OrderView register(OrderRequest request, CurrentUser user) {
    customers
        .findById(request.customerId())
        .ifPresent(customer -> customers.requireServes(user, customer, "订单"));
    long orderId = orderService.register(request, user.userId());
    SalesOrder order = orderService.load(orderId);
    ProcessInstance instance =
        customerProcesses.start(
            SalesOrderProcess.KEY,
            order.orderNumber(),
            order.customerId(),
            SalesOrderProcess.Variables.ORDER_ID,
            orderId);
    LOG.info(
        "Order {} registered by {}, process {}",
        order.orderNumber(),
        user.userId(),
        instance.getId());
    return view(order);
  }

  /** The order by id or number; one the user may not see is as missing as one that is not. */
  @Transactional(readOnly = true)
  OrderView find(String idOrNumber, CurrentUser user) {
    return view(readable(reference(idOrNumber), user));
  }

  /**
   * The order, if it exists and the user serves its customer (or sees every customer, or has one of
   * the {@code departments} the document is addressed to); the read is logged.
   *
   * @throws NotFoundException otherwise, the same for a missing order and another team's
   */
  @Transactional(readOnly = true)
  SalesOrder readable(IdOrNumber reference, CurrentUser user, Role... departments) {
    SalesOrder order =
        orderService
            .find(reference)
            .filter(o -> customers.mayRead(user, o.customerId(), departments))
            .orElseThrow(() -> new NotFoundException("订单不存在：" + reference));
    readLog.record(user, order.customerId(), ReadDocument.ORDER, order.orderNumber());
    return order;
  }

  /** The orders of the customers the user serves (or of the one asked for), newest first. */
  @Transactional(readOnly = true)
  ResultPage<OrderSummary> list(
      String customer, OrderStatus status, Paging paging, CurrentUser user) {
    ResultPage<SalesOrder> page =
        orderService.list(customers.readableBy(user, customer), status, paging);
    LOG.info(
        "Orders listed by {} (customer {}, status {}): {}", user.userId(), customer, status, page);
    return page.map(order -> OrderSummary.of(order, orderService.customerOf(order)));
  }

  /** The shipments of the orders of the customers the user serves, newest first. */
  @Transactional(readOnly = true)
  ResultPage<ShipmentSummary> shipments(
      String customer, ShipmentStatus status, Paging paging, CurrentUser user) {
    ResultPage<Shipment.ShipmentView> page =
        shipments.list(customers.readableBy(user, customer), status, paging);
    LOG.info(
        "Shipments listed by {} (customer {}, status {}): {}",
        user.userId(),
        customer,
        status,
        page);
    return page.map(
        shipment ->
            ShipmentSummary.of(shipment, customers.findById(shipment.customerId()).orElseThrow()));
  }

  /** A shipment by id or number, if the user may see its order (as {@link #readable}). */
  @Transactional(readOnly = true)
  Shipment.ShipmentView shipment(IdOrNumber reference, CurrentUser user, Role... departments) {
    Shipment.ShipmentView shipment =
        shipments
            .find(reference)
            .filter(s -> customers.mayRead(user, s.customerId(), departments))
            .orElseThrow(() -> new NotFoundException("出货单不存在：" + reference));
    readLog.record(user, shipment.customerId(), ReadDocument.SHIPMENT, shipment.shipmentNumber());
    return shipment;
  }

  /** Production (or management) raises a problem on an order: recorded and escalated at once. */
  OrderException.ExceptionView raiseException(
      long orderId, ExceptionRequest request, CurrentUser user) {
    user.requireAnyRole(
        "只有生产、业务主管或高层可以提出生产异常", Role.PRODUCTION, Role.GENERAL_MANAGER, Role.SALES_MANAGER);
    SalesOrder order = existing(orderId);
    long exceptionId =
        exceptions.raiseAndEscalate(orderId, request.kind(), request.description(), user.userId());
    LOG.info(
        "Production exception {} on order {} raised by {}",
        exceptionId,
        order.orderNumber(),
        user.userId());
    return exceptions.load(exceptionId).toView();
  }

  /** Production reports finished quantities: the order's process ships them. */
  Shipment.ShipmentView goodsReady(long orderId, GoodsReadyRequest request, CurrentUser user) {
    user.requireAnyRole("只有生产可以报告完工", Role.PRODUCTION);
    SalesOrder order = existing(orderId);
    Map<Integer, BigDecimal> quantities = new LinkedHashMap<>();
    for (int i = 0; i < request.lines().size(); i++) {
      GoodsReadyRequest.Line line = request.lines().get(i);
      if (quantities.put(line.lineNo(), line.quantity()) != null) {
        throw InvalidRequestException.of("lines[" + i + "].lineNo", "订单第" + line.lineNo() + "行重复");
      }
    }
    long shipmentId = shipping.goodsReady(orderId, quantities, request.note(), user.userId());
    return shipments.load(shipmentId).toView(order.orderNumber());
  }

  /**
   * A change applied without a signed request, for repairs by an administrator: the normal path is
   * a change request (POST /api/orders/{id}/change-requests, process orderChange). Checked here,
   * applied by the order's process.
   */
  OrderView change(long orderId, OrderChangeRequest request, CurrentUser user) {
    user.requireAnyRole("订单变更须走变更申请签核（/api/orders/{id}/change-requests），此接口仅供系统管理员修复使用");
    SalesOrder order = existing(orderId);
    long changeId = orderChanges.approve(orderId, request, user.userId());
    engineActions.startEventSubProcess(
        SalesOrderProcess.Messages.ORDER_CHANGE_APPROVED,
        order.processInstanceId(),
        Map.of(SalesOrderProcess.Variables.ORDER_CHANGE_ID.name(), changeId));
    LOG.info("Change of order {} approved by {}", order.orderNumber(), user.userId());
    return view(order);
  }

  /**
   * A cancellation without a signed request, for repairs by an administrator: the normal path is a
   * cancellation request (process orderChange).
   */
  OrderView cancel(long orderId, CancellationRequest request, CurrentUser user) {
    user.requireAnyRole("订单取消须走取消申请签核（/api/orders/{id}/change-requests），此接口仅供系统管理员修复使用");
    existing(orderId);
    SalesOrder order = orderService.requireOpen(orderId, "取消");
    engineActions.sendMessage(
        SalesOrderProcess.Messages.ORDER_CANCELLED,
        order.processInstanceId(),
        Map.of(SalesOrderProcess.Variables.CANCELLATION_REASON.name(), request.reason().strip()));
    LOG.info("Cancellation of order {} approved by {}", order.orderNumber(), user.userId());
    return view(order);
  }

  private SalesOrder existing(long orderId) {
    return orderService
        .findById(orderId)
        .orElseThrow(() -> new NotFoundException("订单不存在：" + orderId));
  }

  static IdOrNumber reference(String idOrNumber) {
    return IdOrNumber.parse(idOrNumber, OrderService.NUMBER, "idOrNumber", EXAMPLE_NUMBER);
  }

  OrderView view(SalesOrder order) {
    return OrderView.of(
        order,
        orderService.customerOf(order),
        exceptions.ofOrder(order.id()).stream().map(OrderException::toView).toList(),
        shipments.ofOrder(order.id()).stream().map(s -> s.toView(order.orderNumber())).toList());
  }
}
