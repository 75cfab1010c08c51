package com.gendan.production;

import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderProcess;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.EngineActions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Production exceptions on orders: raised, decided by top management, told to the customer. */
@Service
@Transactional
public class OrderExceptions {

  private final OrderExceptionRepository exceptions;
  private final OrderService orderService;
  private final EngineActions engineActions;
  private final Clock clock;

  OrderExceptions(
      OrderExceptionRepository exceptions,
      OrderService orderService,
      EngineActions engineActions,
      Clock clock) {
    this.exceptions = exceptions;
    this.orderService = orderService;
    this.engineActions = engineActions;
    this.clock = clock;
  }

  /**
   * Records the exception and escalates it at once through the order's process (message {@code
   * productionException}). Production may not change order instances through the engine, so the
   * message goes in as the engine itself once Gendan has checked who raised it.
   */
  public long raiseAndEscalate(
      long orderId, ExceptionKind kind, String description, String userId) {
    return raiseAndEscalate(orderId, kind, description, userId, null);
  }

  /**
   * {@link #raiseAndEscalate(long, ExceptionKind, String, String)} once per {@code eventKey},
   * across nodes: the key is unique in the table, and the exception is inserted before anything
   * else is done. A second raise of the key waits for the first transaction and, once that
   * committed, fails with a {@link org.springframework.dao.DataIntegrityViolationException}, having
   * saved and sent nothing.
   */
  long raiseAndEscalate(
      long orderId, ExceptionKind kind, String description, String userId, String eventKey) {
    if (kind == ExceptionKind.YIELD) {
      throw InvalidRequestException.of(
          "kind", "紧急需求让步只由高层核准的订单变更产生，请选择 LATE、SHORT、QUALITY 或 OTHER");
    }
    long exceptionId = raise(orderId, kind, description, userId, eventKey);
    escalate(orderId, exceptionId);
    return exceptionId;
  }

  /**
   * An order that gives way to another's urgent demand (SPEC D7): top management has decided it
   * already, so the exception is recorded with its decision and the order's process goes straight
   * to the assistant, who tells the customer and records the answer. Once per {@code eventKey}, as
   * {@link #raiseAndEscalate(long, ExceptionKind, String, String, String)}.
   */
  public long yieldToUrgentDemand(
      long orderId, String description, String decision, String decidedBy, String eventKey) {
    long exceptionId = raise(orderId, ExceptionKind.YIELD, description, decidedBy, eventKey);
    load(exceptionId).decide(decision, decidedBy, now());
    escalate(orderId, exceptionId);
    return exceptionId;
  }

  /** Starts the order's exception sub-process for the exception (message productionException). */
  private void escalate(long orderId, long exceptionId) {
    engineActions.startEventSubProcess(
        SalesOrderProcess.Messages.PRODUCTION_EXCEPTION,
        orderService.load(orderId).processInstanceId(),
        Map.of(SalesOrderProcess.Variables.EXCEPTION_ID.name(), exceptionId));
  }

  long raise(long orderId, ExceptionKind kind, String description, String userId, String eventKey) {
    if (kind == null) {
      throw InvalidRequestException.of("kind", "请选择异常类别：LATE、SHORT、QUALITY 或 OTHER");
    }
    if (description == null || description.isBlank()) {
      throw InvalidRequestException.of("description", "请说明异常情况");
    }
    // After the order ends, a problem with its goods is a complaint (D9), not a production
    // exception.
    SalesOrder order = orderService.requireOpen(orderId, "登记生产异常（已出货货物的问题请走客诉）");
    long id =
        exceptions
            .save(new OrderException(orderId, kind, description.strip(), userId, now(), eventKey))
            .id();
    orderService.note(order.id(), "生产异常：" + kind.label(), userId);
    return id;
  }

  public void decide(long exceptionId, String decision, String userId) {
    if (decision == null || decision.isBlank()) {
      throw InvalidRequestException.of("exceptionDecision", "请写明处理决定");
    }
    load(exceptionId).decide(decision.strip(), userId, now());
  }

  public void customerInformed(long exceptionId, String how, String userId) {
    if (how == null || how.isBlank()) {
      throw InvalidRequestException.of("customerInformedHow", "请记录如何通知客户及客户反馈");
    }
    load(exceptionId).customerInformed(how.strip(), userId, now());
  }

  /** The orders that already have an exception of this kind raised by this user. */
  Set<Long> ordersWith(ExceptionKind kind, String raisedBy) {
    return exceptions.orderIdsWith(kind, raisedBy);
  }

  /** Whether the exception of this event has been raised (and committed). */
  @Transactional(readOnly = true)
  boolean raised(String eventKey) {
    return exceptions.existsByEventKey(eventKey);
  }

  /** The customer's answer to the exception as the assistant recorded it, if recorded yet. */
  @Transactional(readOnly = true)
  public Optional<String> customerAnswer(long exceptionId) {
    return Optional.ofNullable(load(exceptionId).customerInformedHow());
  }

  public List<OrderException> ofOrder(long orderId) {
    return exceptions.findByOrderIdOrderById(orderId);
  }

  public OrderException load(long exceptionId) {
    return exceptions
        .findById(exceptionId)
        .orElseThrow(
            () -> new IllegalStateException("order exception " + exceptionId + " does not exist"));
  }

  private Instant now() {
    return clock.instant();
  }
}
