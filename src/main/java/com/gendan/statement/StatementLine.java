package com.gendan.statement;

import com.gendan.data.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A line of one revision of a statement, with the customer's dispute and its settlement. */
@Entity
@Table(name = "statement_line")
class StatementLine {

  /** How the assistant settled a disputed line. */
  enum Settlement implements Labeled {
    CORRECTED("已更正"),
    EXPLAINED("已说明");

    private final String label;

    Settlement(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "revision_id")
  private StatementRevision revision;

  private int lineNo;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private StatementLineKind kind;

  private long sourceId;
  private LocalDate happenedOn;
  private String orderNumber;
  private String customerPo;
  private String productCode;
  private BigDecimal quantity;
  private BigDecimal unitPrice;
  private String orderCurrency;
  private BigDecimal amount;
  private String reference;
  private boolean disputed;
  private String disputeReason;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private Settlement settlement;

  private BigDecimal correctedQuantity;
  private BigDecimal correctedUnitPrice;
  private String settlementNote;

  protected StatementLine() {}

  StatementLine(StatementRevision revision, StatementArithmetic.Line line) {
    StatementArithmetic.Item item = line.item();
    this.revision = revision;
    this.lineNo = line.lineNo();
    this.kind = item.kind();
    this.sourceId = item.sourceId();
    this.happenedOn = item.happenedOn();
    this.orderNumber = item.orderNumber();
    this.customerPo = item.customerPo();
    this.productCode = item.productCode();
    this.quantity = item.quantity();
    this.unitPrice = item.unitPrice();
    this.orderCurrency = item.currency();
    this.amount = line.amount();
    this.reference = item.reference();
  }

  /**
   * The line as the next revision states it: a corrected line at its corrected quantity or unit
   * price (its amount computed again), any other as it was.
   */
  StatementArithmetic.Line reissued(StatementArithmetic arithmetic, String currency) {
    StatementArithmetic.Item item =
        StatementArithmetic.Item.goods(
            kind,
            sourceId,
            happenedOn,
            orderNumber,
            customerPo,
            productCode,
            quantity,
            unitPrice,
            orderCurrency,
            reference);
    if (settlement != Settlement.CORRECTED) {
      return new StatementArithmetic.Line(lineNo, item, amount);
    }
    StatementArithmetic.Item corrected = item.corrected(correctedQuantity, correctedUnitPrice);
    return new StatementArithmetic.Line(
        lineNo, corrected, arithmetic.amountOf(corrected, currency));
  }

  /** How much a correction changes the line's amount (zero unless corrected). */
  BigDecimal correctionDelta(StatementArithmetic arithmetic, String currency) {
    return reissued(arithmetic, currency).amount().subtract(amount);
  }

  void dispute(String reason) {
    this.disputed = true;
    this.disputeReason = reason;
  }

  void settle(Settlement settlement, BigDecimal newQuantity, BigDecimal newUnitPrice, String note) {
    this.settlement = settlement;
    this.correctedQuantity = newQuantity;
    this.correctedUnitPrice = newUnitPrice;
    this.settlementNote = note;
  }

  int lineNo() {
    return lineNo;
  }

  StatementLineKind kind() {
    return kind;
  }

  long sourceId() {
    return sourceId;
  }

  boolean disputed() {
    return disputed;
  }

  Settlement settlement() {
    return settlement;
  }

  BigDecimal quantity() {
    return quantity;
  }

  BigDecimal unitPrice() {
    return unitPrice;
  }

  BigDecimal correctedQuantity() {
    return correctedQuantity;
  }

  BigDecimal correctedUnitPrice() {
    return correctedUnitPrice;
  }

  BigDecimal amount() {
    return amount;
  }

  View toView() {
    return new View(
        lineNo,
        kind,
        kind.label(),
        happenedOn,
        orderNumber,
        customerPo,
        productCode,
        quantity,
        unitPrice,
        orderCurrency,
        amount,
        reference,
        disputed,
        disputeReason,
        settlement,
        settlement == null ? null : settlement.label(),
        correctedQuantity,
        correctedUnitPrice,
        settlementNote);
  }

  /**
   * A line as the API, the page and the Excel file show it.
   *
   * @param unitPrice in the order's currency ({@code orderCurrency})
   * @param amount in the statement's currency, negative for a return or an allowance
   */
  public record View(
      int lineNo,
      StatementLineKind kind,
      String kindLabel,
      LocalDate happenedOn,
      String orderNumber,
      String customerPo,
      String productCode,
      BigDecimal quantity,
      BigDecimal unitPrice,
      String orderCurrency,
      BigDecimal amount,
      String reference,
      boolean disputed,
      String disputeReason,
      Settlement settlement,
      String settlementLabel,
      BigDecimal correctedQuantity,
      BigDecimal correctedUnitPrice,
      String settlementNote) {}
}
