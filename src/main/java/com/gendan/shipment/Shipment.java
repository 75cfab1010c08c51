package com.gendan.shipment;

import com.gendan.data.AuditedEntity;
import com.gendan.order.OrderDecisions;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One batch of an order's goods on its way to the customer: what production finished, the transport
 * proposed and chosen, and the outbound delivery (or stock transfer) the warehouse recorded with
 * carrier and tracking number.
 */
@Entity
@Table(name = "shipment")
public class Shipment extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private long orderId;

  /** The order's customer, kept for listing a customer's shipments (V15). */
  private long customerId;

  private int shipmentNo;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private ShipmentDocument documentKind;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private ShipmentStatus status;

  private String readyNote;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private TransportMode proposedMode;

  private boolean proposalMeetsDate;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private TransportMode transportMode;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private OrderDecisions.InspectionResult inspectionResult;

  private String inspectionNote;
  private String inspectedBy;
  private Instant inspectedAt;

  private String carrier;
  private String trackingNumber;
  private LocalDate shippedOn;

  // a list of shipments loads the lines of a whole page in one query
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "shipment_id", nullable = false, updatable = false)
  @OrderBy("lineNo")
  @BatchSize(size = 100)
  private List<ShipmentLine> lines = new ArrayList<>();

  protected Shipment() {}

  Shipment(
      long orderId,
      long customerId,
      int shipmentNo,
      ShipmentDocument documentKind,
      String readyNote,
      TransportPlanner.Proposal proposal,
      List<ShipmentLine> lines,
      String userId,
      Instant now) {
    this.orderId = orderId;
    this.customerId = customerId;
    this.shipmentNo = shipmentNo;
    this.documentKind = documentKind;
    this.readyNote = readyNote;
    this.proposedMode = proposal.mode();
    this.proposalMeetsDate = proposal.meetsDate();
    this.status = ShipmentStatus.INSPECTING;
    this.lines.addAll(lines);
    recordCreation(userId, now);
    recordUpdate(userId, now);
  }

  /**
   * Goods a complaint's rework sends again: a batch of the order that is out at once, on the
   * transport the warehouse used. The order's shipped quantities do not count it: it replaces goods
   * the customer already had.
   */
  static Shipment reshipment(
      long orderId,
      long customerId,
      int shipmentNo,
      ShipmentDocument documentKind,
      String reason,
      List<ShipmentLine> lines,
      Outbound outbound,
      String userId,
      Instant now) {
    Shipment shipment =
        new Shipment(
            orderId,
            customerId,
            shipmentNo,
            documentKind,
            reason,
            new TransportPlanner.Proposal(outbound.mode(), true, outbound.mode().label()),
            lines,
            userId,
            now);
    lines.forEach(line -> line.ship(line.readyQuantity()));
    shipment.chooseTransport(outbound.mode(), userId, now);
    shipment.ship(outbound.carrier(), outbound.trackingNumber(), outbound.shippedOn(), userId, now);
    return shipment;
  }

  /** How goods went out: transport, carrier, tracking number and day. */
  record Outbound(TransportMode mode, String carrier, String trackingNumber, LocalDate shippedOn) {}

  /** Quality passes the batch for shipping or holds it, sending the goods back to production. */
  void inspect(OrderDecisions.InspectionResult result, String note, String userId, Instant now) {
    if (status != ShipmentStatus.INSPECTING) {
      throw new IllegalStateException("shipment " + id + " is " + status + ", not inspecting");
    }
    this.inspectionResult = result;
    this.inspectionNote = note;
    this.inspectedBy = userId;
    this.inspectedAt = now;
    this.status =
        result == OrderDecisions.InspectionResult.PASS ? ShipmentStatus.READY : ShipmentStatus.HELD;
    recordUpdate(userId, now);
  }

  void chooseTransport(TransportMode mode, String userId, Instant now) {
    this.transportMode = mode;
    this.status = ShipmentStatus.TRANSPORT_CHOSEN;
    recordUpdate(userId, now);
  }

  void ship(String carrier, String trackingNumber, LocalDate on, String userId, Instant now) {
    this.carrier = carrier;
    this.trackingNumber = trackingNumber;
    this.shippedOn = on;
    this.status = ShipmentStatus.SHIPPED;
    recordUpdate(userId, now);
  }

  void cancel(String userId, Instant now) {
    this.status = ShipmentStatus.CANCELLED;
    recordUpdate(userId, now);
  }

  /** The day production reported the goods ready, which the transport proposal counts from. */
  LocalDate readyOn(ZoneId zone) {
    return LocalDate.ofInstant(createdAt(), zone);
  }

  Long id() {
    return id;
  }

  long orderId() {
    return orderId;
  }

  long customerId() {
    return customerId;
  }

  int shipmentNo() {
    return shipmentNo;
  }

  /** The shipment's number: its order's number and its batch, {@code XS-2026-00001-2}. */
  public static String number(String orderNumber, int shipmentNo) {
    return orderNumber + "-" + shipmentNo;
  }

  ShipmentDocument documentKind() {
    return documentKind;
  }

  ShipmentStatus status() {
    return status;
  }

  TransportMode proposedMode() {
    return proposedMode;
  }

  TransportMode transportMode() {
    return transportMode;
  }

  OrderDecisions.InspectionResult inspectionResult() {
    return inspectionResult;
  }

  String inspectionNote() {
    return inspectionNote;
  }

  String inspectedBy() {
    return inspectedBy;
  }

  Instant inspectedAt() {
    return inspectedAt;
  }

  String carrier() {
    return carrier;
  }

  String trackingNumber() {
    return trackingNumber;
  }

  LocalDate shippedOn() {
    return shippedOn;
  }

  List<ShipmentLine> lines() {
    return lines;
  }

  /** The shipment as the API shows it; {@code orderNumber} is its order's. */
  public ShipmentView toView(String orderNumber) {
    return new ShipmentView(
        id,
        number(orderNumber, shipmentNo),
        orderId,
        orderNumber,
        customerId,
        shipmentNo,
        documentKind,
        documentKind.label(),
        status,
        status.label(),
        readyNote,
        proposedMode,
        proposalMeetsDate,
        transportMode,
        transportMode == null ? null : transportMode.label(),
        carrier,
        trackingNumber,
        shippedOn,
        createdAt(),
        lines.stream().map(ShipmentLine::toView).toList(),
        inspectionResult == null
            ? null
            : new InspectionView(
                inspectionResult,
                inspectionResult.label(),
                inspectionNote,
                inspectedBy,
                inspectedAt));
  }

  /**
   * A shipment as the API shows it.
   *
   * @param shipmentNumber its order's number and its batch, {@code XS-2026-00001-2}
   * @param createdAt when production reported the goods ready
   * @param inspection quality's outgoing inspection; none before it (or for a batch from before
   *     inspections)
   */
  public record ShipmentView(
      long id,
      String shipmentNumber,
      long orderId,
      String orderNumber,
      long customerId,
      int shipmentNo,
      ShipmentDocument document,
      String documentLabel,
      ShipmentStatus status,
      String statusLabel,
      String readyNote,
      TransportMode proposedMode,
      boolean proposalMeetsDate,
      TransportMode transportMode,
      String transportLabel,
      String carrier,
      String trackingNumber,
      LocalDate shippedOn,
      Instant createdAt,
      List<ShipmentLine.LineView> lines,
      InspectionView inspection) {}

  /** Quality's outgoing inspection of a batch. */
  public record InspectionView(
      OrderDecisions.InspectionResult result,
      String resultLabel,
      String note,
      String inspectedBy,
      Instant inspectedAt) {}
}
