package com.gendan.orderchange;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.ProcessTestEngine;
import com.gendan.order.OrderFormVariables;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrderProcess.Beans;
import com.gendan.shipment.Shipments;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.mockito.ArgumentCaptor;

/**
 * The real change and cancellation delegates of the sales order model ({@code applyOrderChange},
 * {@code cancelOrder}) and the listener that sends a changed order round the review again ({@code
 * changedOrderReviewedAgain}) registered on a process test's engine over a mocked {@link
 * OrderChanges} and {@link OrderChangeMails} and the order test's own mocked order services, for
 * the order's process test, which cannot reach this package's services.
 *
 * <p>Every approved change (row {@code changeId}) moves line 1 of the order to 80 pieces with the
 * reason {@link #reasonOf}; whether applying it affects the production plan the test tells.
 */
public final class OrderChangeProcessBeans {

  private final OrderChanges changes = mock(OrderChanges.class);
  private final OrderChangeMails mails = mock(OrderChangeMails.class);
  private final long orderId;
  private final Map<Long, OrderChange> approved = new HashMap<>();
  private final Map<OrderChange, Long> ids = new IdentityHashMap<>();

  /**
   * @param planAffected answers, as the change is applied, whether a production plan is out that
   *     production must confirm again
   */
  public OrderChangeProcessBeans(
      ProcessTestEngine engine,
      long orderId,
      OrderService orderService,
      OrderFormVariables formVariables,
      Shipments shipments,
      BooleanSupplier planAffected) {
    this.orderId = orderId;
    engine.bean(
        Beans.APPLY_CHANGE, new ApplyOrderChange(changes, orderService, formVariables, mails));
    engine.bean(Beans.CANCEL_ORDER, new CancelOrder(orderService, shipments, mails));
    engine.bean(Beans.CHANGED_ORDER_REVIEWED_AGAIN, new ChangedOrderReviewedAgain());

    when(changes.load(anyLong()))
        .thenAnswer(call -> approved.computeIfAbsent(call.getArgument(0), this::change));
    when(changes.apply(any(), anyString())).thenAnswer(call -> planAffected.getAsBoolean());
  }

  /** Why the customer asked for the change. */
  public static String reasonOf(long changeId) {
    return "客户变更 " + changeId + "：第1行减至 80";
  }

  /** The changes applied, in order. */
  public List<Long> applied() {
    ArgumentCaptor<OrderChange> applied = ArgumentCaptor.forClass(OrderChange.class);
    verify(changes, atLeast(0)).apply(applied.capture(), anyString());
    return applied.getAllValues().stream().map(this::idOf).toList();
  }

  /** The reasons of the changes production, the warehouse and the assistant were told about. */
  public List<String> changeMails(boolean planAffected) {
    ArgumentCaptor<String> reasons = ArgumentCaptor.forClass(String.class);
    verify(mails, atLeast(0)).orderChanged(eq(orderId), reasons.capture(), eq(planAffected));
    return reasons.getAllValues();
  }

  /** The reasons of the cancellations production, the warehouse and the assistant were told. */
  public List<String> cancellationMails() {
    ArgumentCaptor<String> reasons = ArgumentCaptor.forClass(String.class);
    verify(mails, atLeast(0)).orderCancelled(eq(orderId), reasons.capture());
    return reasons.getAllValues();
  }

  private OrderChange change(long changeId) {
    OrderChange change =
        new OrderChange(
            orderId,
            null,
            reasonOf(changeId),
            List.of(
                new OrderChange.ChangedLine(
                    1, new BigDecimal("80"), LocalDate.parse("2026-12-20"), null)),
            "sales-manager",
            Instant.parse("2026-03-02T01:30:00Z"));
    ids.put(change, changeId);
    return change;
  }

  private long idOf(OrderChange change) {
    return ids.get(change);
  }
}
