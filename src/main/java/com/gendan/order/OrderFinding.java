package com.gendan.order;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Something a review found on an order (or one of its lines), and how it was settled. */
@Entity
@Table(name = "order_finding")
public class OrderFinding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int reviewNo;
  private Integer lineNo;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private FindingCode code;

  private String explanation;
  private String subject;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private FindingSettlement settlement;

  private String settlementNote;
  private String settledBy;
  private Instant settledAt;

  protected OrderFinding() {}

  OrderFinding(int reviewNo, Finding finding) {
    this.reviewNo = reviewNo;
    this.lineNo = finding.lineNo();
    this.code = finding.code();
    this.explanation = finding.explanation();
    this.subject = finding.subject();
  }

  void settle(FindingSettlement how, String note, String userId, Instant now) {
    this.settlement = how;
    this.settlementNote = note;
    this.settledBy = userId;
    this.settledAt = now;
  }

  /**
   * Whether this settles {@code finding} in a later review: same kind, same line, same content. A
   * line the customer revised (another product, price, spec, quantity or date) is judged afresh,
   * even if it kept its number; findings recorded before subjects were kept have none and settle
   * nothing later.
   */
  boolean settles(Finding finding) {
    boolean same =
        code == finding.code()
            && Objects.equals(lineNo, finding.lineNo())
            && subject != null
            && subject.equals(finding.subject());
    return same
        && (settlement == FindingSettlement.CONFIRMED
            || settlement == FindingSettlement.ACCEPTED && !code.isPrice());
  }

  Finding toFinding() {
    return new Finding(code, lineNo, explanation, subject);
  }

  int reviewNo() {
    return reviewNo;
  }

  FindingCode code() {
    return code;
  }

  FindingSettlement settlement() {
    return settlement;
  }

  FindingView toView() {
    return new FindingView(
        reviewNo,
        lineNo,
        code,
        code.label(),
        explanation,
        settlement,
        settlementNote,
        settledBy,
        settledAt);
  }

  /** A finding as the API shows it. */
  public record FindingView(
      int reviewNo,
      Integer lineNo,
      FindingCode code,
      String label,
      String explanation,
      FindingSettlement settlement,
      String settlementNote,
      String settledBy,
      Instant settledAt) {}
}
