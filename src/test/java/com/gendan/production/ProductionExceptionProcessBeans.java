package com.gendan.production;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.ProcessTestEngine;
import com.gendan.order.SalesOrderProcess.Beans;
import com.gendan.shipment.Shipments;
import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.mockito.ArgumentCaptor;

/**
 * The real production exception delegates and listeners of the sales order model ({@code
 * productionExceptionRaised}, {@code notifyTopManagementOfException}, {@code exceptionDecided},
 * {@code customerInformedOfException}, {@code planDueDatesChecked}) registered on a process test's
 * engine over mocked {@link OrderExceptions}, {@link ProductionExceptionMails} and {@link
 * DueDateWatch}, for the order's process test, which cannot reach this package's services.
 *
 * <p>Every exception raised is a shortage of material with the description {@link #descriptionOf};
 * the due-date watch finds no planned completion late.
 */
public final class ProductionExceptionProcessBeans {

  private final OrderExceptions exceptions = mock(OrderExceptions.class);
  private final ProductionExceptionMails mails = mock(ProductionExceptionMails.class);
  private final DueDateWatch watch = mock(DueDateWatch.class);
  private final long orderId;
  private final Map<Long, OrderException> raised = new HashMap<>();
  private final Map<OrderException, Long> ids = new IdentityHashMap<>();

  /**
   * @param shipments the order test's mocked shipments, which a batch held by the outgoing
   *     inspection is read from
   */
  public ProductionExceptionProcessBeans(
      ProcessTestEngine engine, long orderId, Shipments shipments) {
    this.orderId = orderId;
    engine.bean(Beans.RETURN_HELD_GOODS, new ReturnHeldGoods(shipments, exceptions));
    engine.bean(Beans.EXCEPTION_RAISED, new ProductionExceptionRaised(exceptions));
    engine.bean(Beans.NOTIFY_TOP_MANAGEMENT, new NotifyTopManagementOfException(exceptions, mails));
    engine.bean(Beans.EXCEPTION_DECIDED, new ExceptionDecided(exceptions, engine.formLabels()));
    engine.bean(
        Beans.CUSTOMER_INFORMED, new CustomerInformedOfException(exceptions, engine.formLabels()));
    engine.bean(Beans.PLAN_DUE_DATES_CHECKED, new PlanDueDatesChecked(watch));

    when(exceptions.load(anyLong()))
        .thenAnswer(call -> raised.computeIfAbsent(call.getArgument(0), this::exception));
  }

  /**
   * The mocked exceptions service: its decisions and customer notes, as the listeners gave them.
   */
  public OrderExceptions exceptions() {
    return exceptions;
  }

  /** The mocked due-date watch the plan confirmations ask. */
  public DueDateWatch watch() {
    return watch;
  }

  /**
   * Makes the exception one top management decided before it was raised (an order giving way to an
   * urgent demand), with this decision.
   */
  public void decidedAlready(long exceptionId, String decision) {
    OrderException exception =
        new OrderException(
            orderId,
            ExceptionKind.YIELD,
            descriptionOf(exceptionId),
            "zhougang",
            Instant.parse("2026-03-02T01:30:00Z"),
            "yield:" + exceptionId);
    exception.decide(decision, "zhougang", Instant.parse("2026-03-02T01:30:00Z"));
    ids.put(exception, exceptionId);
    raised.put(exceptionId, exception);
  }

  /** What production wrote about the exception. */
  public static String descriptionOf(long exceptionId) {
    return "异常 " + exceptionId + "：贴片电阻缺料，预计延误 10 天";
  }

  /** The summary the decision and inform forms show: the kind and the description. */
  public static String summaryOf(long exceptionId) {
    return ExceptionKind.SHORT.label() + "：" + descriptionOf(exceptionId);
  }

  /** The exceptions mailed to top management, in order. */
  public List<Long> notified() {
    ArgumentCaptor<OrderException> mailed = ArgumentCaptor.forClass(OrderException.class);
    verify(mails, atLeast(0)).exceptionToTopManagement(mailed.capture());
    return mailed.getAllValues().stream().map(this::idOf).toList();
  }

  /** Makes the mail server refuse the mail to top management, for {@code failOnce}. */
  public Consumer<RuntimeException> notificationFailsWith() {
    return failure -> doThrow(failure).when(mails).exceptionToTopManagement(any());
  }

  private OrderException exception(long exceptionId) {
    OrderException exception =
        new OrderException(
            orderId,
            ExceptionKind.SHORT,
            descriptionOf(exceptionId),
            "production",
            Instant.parse("2026-03-02T01:30:00Z"),
            null);
    ids.put(exception, exceptionId);
    return exception;
  }

  private long idOf(OrderException exception) {
    return ids.get(exception);
  }
}
