package com.gendan.order;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.identity.Role;
import com.gendan.process.EngineActions;
import com.gendan.scope.CustomerScope;
import com.gendan.security.CurrentUser;
import com.gendan.web.ForbiddenException;
import com.gendan.web.NotFoundException;

/**
 * The order API's use cases. An order is registered and its process started in one transaction,
 * as the calling user; reads follow the customer scope and are logged.
 */
@Service
@Transactional
class OrderApi {

  private static final Logger LOG = LoggerFactory.getLogger(OrderApi.class);

  private final OrderService orderService;
  private final OrderExceptions exceptions;
  private final CustomerDirectory customers;
  private final RuntimeService runtimeService;
  private final EngineActions engineActions;

  OrderApi(OrderService orderService, OrderExceptions exceptions, CustomerDirectory customers,
      RuntimeService runtimeService, EngineActions engineActions) {
    this.orderService = orderService;
    this.exceptions = exceptions;
    this.customers = customers;
    this.runtimeService = runtimeService;
    this.engineActions = engineActions;
  }

  OrderView register(OrderRequest request, CurrentUser user) {
    customers.findById(request.customerId())
        .ifPresent(customer -> customers.requireServes(user, customer, "订单"));
    long orderId = orderService.register(request, user.userId());
    SalesOrder order = orderService.load(orderId);
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(SalesOrderProcess.KEY)
        .businessKey(order.orderNumber())
        .setVariable(CustomerScope.CUSTOMER_ID, order.customerId())
        .setVariable(SalesOrderProcess.Variables.ORDER_ID.name(), orderId)
        .execute();
    LOG.info("Order {} registered by {}, process {}", order.orderNumber(), user.userId(),
        instance.getId());
    return view(order);
  }

  @Transactional(readOnly = true)
  OrderView find(long orderId, CurrentUser user) {
    SalesOrder order = orderService.findById(orderId)
        .orElseThrow(() -> new NotFoundException("订单不存在：" + orderId));
    customers.requireServes(user, customers.findById(order.customerId()).orElseThrow(), "订单");
    LOG.info("Order {} read by {}", order.orderNumber(), user.userId());
    return view(order);
  }

  /**
   * Production (or top management) raises a problem on an order: it is recorded and escalated at
   * once by the order's process. Production may not change order instances through the engine,
   * so the message goes in as the engine itself once Gendan has checked the role.
   */
  OrderException.ExceptionView raiseException(long orderId, ExceptionRequest request,
      CurrentUser user) {
    if (!user.hasRole(Role.PRODUCTION) && !user.hasRole(Role.GENERAL_MANAGER)
        && !user.hasRole(Role.SALES_MANAGER) && !user.hasRole(Role.ADMIN)) {
      throw new ForbiddenException("只有生产、业务主管或高层可以提出生产异常");
    }
    SalesOrder order = orderService.findById(orderId)
        .orElseThrow(() -> new NotFoundException("订单不存在：" + orderId));
    long exceptionId = exceptions.raise(orderId, request.kind(), request.description(),
        user.userId());
    engineActions.asEngine(() -> runtimeService
        .createMessageCorrelation(SalesOrderProcess.Messages.PRODUCTION_EXCEPTION)
        .processInstanceId(order.processInstanceId())
        .setVariableLocal(SalesOrderProcess.Variables.EXCEPTION_ID.name(), exceptionId)
        .correlate());
    LOG.info("Production exception {} on order {} raised by {}", exceptionId,
        order.orderNumber(), user.userId());
    return exceptions.load(exceptionId).toView();
  }


  private OrderView view(SalesOrder order) {
    CustomerView customer = customers.findById(order.customerId()).orElseThrow();
    return order.toView(customer.code(), customer.chineseName(),
        exceptions.ofOrder(order.id()).stream().map(OrderException::toView).toList());
  }
}
