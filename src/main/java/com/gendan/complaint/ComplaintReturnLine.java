package com.gendan.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Goods of one order line that the customer sent back. */
@Entity
@Table(name = "complaint_return_line")
class ComplaintReturnLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id")
  private Complaint complaint;

  private int lineNo;
  private BigDecimal quantity;

  protected ComplaintReturnLine() {}

  ComplaintReturnLine(Complaint complaint, int lineNo, BigDecimal quantity) {
    this.complaint = complaint;
    this.lineNo = lineNo;
    this.quantity = quantity;
  }

  int lineNo() {
    return lineNo;
  }

  BigDecimal quantity() {
    return quantity;
  }

  View toView() {
    return new View(lineNo, quantity);
  }

  /** A returned line as the API shows it. */
  public record View(int lineNo, BigDecimal quantity) {}
}
