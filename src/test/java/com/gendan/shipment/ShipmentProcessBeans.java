package com.gendan.shipment;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.gendan.ProcessTestEngine;
import com.gendan.order.OrderDecisions;
import com.gendan.order.SalesOrderProcess.Beans;
import com.gendan.problem.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.mockito.ArgumentCaptor;

/**
 * The real shipment delegates and listeners of the sales order model ({@code shipmentStarted}, the
 * outgoing inspection's {@code outgoingInspectionOpened} and {@code outgoingInspectionRecorded},
 * {@code issueStockPreparationNotice}, {@code transportChosen}, {@code outboundRecorded}, {@code
 * notifyCustomerOfShipment}) registered on a process test's engine over a mocked {@link Shipments}
 * and {@link ShipmentMails}, for the order's process test, which cannot reach this package's
 * services.
 *
 * <p>Every batch production reports is shipment number {@code shipmentId} of the order: one line of
 * 50 ready, an outbound delivery (出库单), the truck proposed. The service answers what the scripted
 * batches say and records what the listeners hand it; an outbound fulfils the order only for the
 * batches the test named with {@link #fulfilsTheOrder}.
 */
public final class ShipmentProcessBeans {

  /** The transport comparison the planner proposes for every batch. */
  public static final String TRANSPORT_PROPOSAL =
      """
      快递 运费 860 元，预计 2026-03-12 到货
      汽运 运费 420 元，预计 2026-03-14 到货（建议）""";

  private final Shipments shipments = mock(Shipments.class);
  private final ShipmentMails mails = mock(ShipmentMails.class);
  private final long orderId;
  private final String orderNumber;
  private final Map<Long, Shipment> batches = new HashMap<>();
  private final Set<Long> fulfilling = new HashSet<>();

  public ShipmentProcessBeans(ProcessTestEngine engine, long orderId, String orderNumber) {
    this.orderId = orderId;
    this.orderNumber = orderNumber;
    engine.bean(Beans.SHIPMENT_STARTED, new ShipmentStarted(engine.clock()));
    engine.bean(Beans.INSPECTION_OPENED, new OutgoingInspectionOpened(shipments));
    engine.bean(
        Beans.INSPECTION_RECORDED, new OutgoingInspectionRecorded(shipments, engine.formLabels()));
    engine.bean(Beans.ISSUE_STOCK_NOTICE, new IssueStockPreparationNotice(shipments, mails));
    engine.bean(Beans.TRANSPORT_CHOSEN, new TransportChosen(shipments, engine.formLabels()));
    engine.bean(Beans.OUTBOUND_RECORDED, new OutboundRecorded(shipments, engine.formLabels()));
    engine.bean(Beans.NOTIFY_CUSTOMER_OF_SHIPMENT, new NotifyCustomerOfShipment(shipments, mails));

    when(shipments.load(anyLong()))
        .thenAnswer(call -> batches.computeIfAbsent(call.getArgument(0), this::batch));
    when(shipments.number(any())).thenAnswer(call -> numberOf(idOf(call.getArgument(0))));
    when(shipments.summary(any())).thenAnswer(call -> summaryOf(idOf(call.getArgument(0))));
    when(shipments.transportProposal(any())).thenReturn(TRANSPORT_PROPOSAL);
    when(shipments.held(anyLong()))
        .thenAnswer(call -> new Shipments.HeldBatch(orderId, heldOf(call.getArgument(0))));
    when(shipments.recordOutbound(anyLong(), any(), anyString()))
        .thenAnswer(call -> fulfilling.contains(call.<Long>getArgument(0)));
  }

  /** The mocked service, for the beans of other packages that take it and for their checks. */
  public Shipments shipments() {
    return shipments;
  }

  /** The outbound of this batch ships the rest of the order: the order is fulfilled. */
  public void fulfilsTheOrder(long shipmentId) {
    fulfilling.add(shipmentId);
  }

  /** What the stock preparation notice tells the assistant about the batch. */
  public static String summaryOf(long shipmentId) {
    return "批次 " + shipmentId + "：第1行 EC-R0603-103 50";
  }

  /** What production is told of a batch quality held. */
  public static String heldOf(long shipmentId) {
    return "第" + shipmentId + "批出货检验不合格，已扣留退回生产：焊点虚焊";
  }

  /** The verdicts quality gave, by batch, in order. */
  public Map<Long, OrderDecisions.InspectionResult> inspections() {
    ArgumentCaptor<Long> ids = ArgumentCaptor.forClass(Long.class);
    ArgumentCaptor<OrderDecisions.InspectionResult> results =
        ArgumentCaptor.forClass(OrderDecisions.InspectionResult.class);
    verify(shipments, atLeast(0)).inspect(ids.capture(), results.capture(), any(), anyString());
    return byBatch(ids, results.getAllValues());
  }

  /** The service refuses quality's hold of the batch, naming {@code field}. */
  public void refusesAHold(long shipmentId, String field, String reason) {
    doThrow(InvalidRequestException.of(field, reason))
        .when(shipments)
        .inspect(eq(shipmentId), eq(OrderDecisions.InspectionResult.HOLD), any(), anyString());
  }

  /** The batch's number, its order's and its own. */
  public String numberOf(long shipmentId) {
    return Shipment.number(orderNumber, (int) shipmentId);
  }

  /** The batches whose stock preparation notice went to the warehouse, in order. */
  public List<Long> stockNotices() {
    ArgumentCaptor<Shipment> notified = ArgumentCaptor.forClass(Shipment.class);
    verify(mails, atLeast(0)).stockPreparationNotice(notified.capture(), any());
    return notified.getAllValues().stream().map(ShipmentProcessBeans::idOf).toList();
  }

  /** The batches the customer was told about, in order. */
  public List<Long> customerNotices() {
    ArgumentCaptor<Shipment> notified = ArgumentCaptor.forClass(Shipment.class);
    verify(mails, atLeast(0)).shipmentToCustomer(notified.capture());
    return notified.getAllValues().stream().map(ShipmentProcessBeans::idOf).toList();
  }

  /** The transport chosen for each batch, in the order chosen, and by whom. */
  public Map<Long, String> transportChoices() {
    ArgumentCaptor<Long> ids = ArgumentCaptor.forClass(Long.class);
    ArgumentCaptor<TransportMode> modes = ArgumentCaptor.forClass(TransportMode.class);
    verify(shipments, atLeast(0)).chooseTransport(ids.capture(), modes.capture(), anyString());
    return byBatch(ids, modes.getAllValues().stream().map(TransportMode::name).toList());
  }

  /** The outbound recorded for each batch, in the order recorded. */
  public Map<Long, OutboundRequest> outbounds() {
    ArgumentCaptor<Long> ids = ArgumentCaptor.forClass(Long.class);
    ArgumentCaptor<OutboundRequest> requests = ArgumentCaptor.forClass(OutboundRequest.class);
    verify(shipments, atLeast(0)).recordOutbound(ids.capture(), requests.capture(), anyString());
    return byBatch(ids, requests.getAllValues());
  }

  /** Makes the mail server refuse the stock preparation notice, for {@code failOnce}. */
  public Consumer<RuntimeException> stockNoticeFailsWith() {
    return failure -> doThrow(failure).when(mails).stockPreparationNotice(any(), any());
  }

  /** Makes the mail server refuse the customer's shipment notice, for {@code failOnce}. */
  public Consumer<RuntimeException> customerNoticeFailsWith() {
    return failure -> doThrow(failure).when(mails).shipmentToCustomer(any());
  }

  private static <T> Map<Long, T> byBatch(ArgumentCaptor<Long> ids, List<T> values) {
    Map<Long, T> byBatch = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      byBatch.put(ids.getAllValues().get(i), values.get(i));
    }
    return byBatch;
  }

  private Shipment batch(long shipmentId) {
    return new Shipment(
        orderId,
        1L,
        (int) shipmentId,
        ShipmentDocument.OUTBOUND_DELIVERY,
        null,
        new TransportPlanner.Proposal(TransportMode.TRUCK, true, TRANSPORT_PROPOSAL),
        List.of(new ShipmentLine(1, "EC-R0603-103", new BigDecimal("50"))),
        "production",
        Instant.parse("2026-03-02T01:30:00Z"));
  }

  private static long idOf(Shipment shipment) {
    return shipment.shipmentNo();
  }
}
