package com.gendan.statement;

import com.gendan.data.Labeled;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One issue of a statement: its lines and totals, and the customer's answer to it. */
@Entity
@Table(name = "statement_revision")
class StatementRevision {

  /** The customer's answer to a revision. */
  enum Answer implements Labeled {
    CONFIRMED("确认无误"),
    DISPUTED("有异议");

    private final String label;

    Answer(String label) {
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
  @JoinColumn(name = "statement_id")
  private Statement statement;

  private int revisionNo;
  private LocalDate issuedOn;
  private BigDecimal previousBalance;
  private BigDecimal shippedAmount;
  private BigDecimal returnedAmount;
  private BigDecimal allowanceAmount;
  private BigDecimal periodAmount;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private Answer answer;

  private LocalDate answeredOn;
  private String disputeNote;
  private String answeredBy;
  private String settlementApprovedBy;

  @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("lineNo")
  private List<StatementLine> lines = new ArrayList<>();

  protected StatementRevision() {}

  StatementRevision(
      Statement statement, int revisionNo, LocalDate issuedOn, StatementArithmetic.Totals totals) {
    this.statement = statement;
    this.revisionNo = revisionNo;
    this.issuedOn = issuedOn;
    this.previousBalance = totals.previousBalance();
    this.shippedAmount = totals.shipped();
    this.returnedAmount = totals.returned();
    this.allowanceAmount = totals.allowances();
    this.periodAmount = totals.periodAmount();
    totals.lines().forEach(line -> lines.add(new StatementLine(this, line)));
  }

  int revisionNo() {
    return revisionNo;
  }

  List<StatementLine> lines() {
    return lines;
  }

  Optional<StatementLine> line(int lineNo) {
    return lines.stream().filter(line -> line.lineNo() == lineNo).findFirst();
  }

  BigDecimal previousBalance() {
    return previousBalance;
  }

  BigDecimal periodAmount() {
    return periodAmount;
  }

  Answer answer() {
    return answer;
  }

  void answer(Answer answer, LocalDate answeredOn, String note, String userId) {
    this.answer = answer;
    this.answeredOn = answeredOn;
    this.disputeNote = note;
    this.answeredBy = userId;
  }

  void settlementApprovedBy(String userId) {
    this.settlementApprovedBy = userId;
  }

  List<StatementLine> disputedLines() {
    return lines.stream().filter(StatementLine::disputed).toList();
  }

  View toView(String currency) {
    return new View(
        revisionNo,
        issuedOn,
        previousBalance,
        shippedAmount,
        returnedAmount,
        allowanceAmount,
        periodAmount,
        previousBalance.add(periodAmount),
        currency,
        answer,
        answer == null ? null : answer.label(),
        answeredOn,
        disputeNote,
        answeredBy,
        settlementApprovedBy,
        lines.stream().map(StatementLine::toView).toList());
  }

  /**
   * A revision as the API shows it; amounts in the statement's currency.
   *
   * @param periodAmount shipped less returns and allowances: what the invoice is for
   * @param totalDue the previous balance (open receivables) and the period's amount
   */
  public record View(
      int revisionNo,
      LocalDate issuedOn,
      BigDecimal previousBalance,
      BigDecimal shippedAmount,
      BigDecimal returnedAmount,
      BigDecimal allowanceAmount,
      BigDecimal periodAmount,
      BigDecimal totalDue,
      String currency,
      Answer answer,
      String answerLabel,
      LocalDate answeredOn,
      String disputeNote,
      String answeredBy,
      String settlementApprovedBy,
      List<StatementLine.View> lines) {}
}
