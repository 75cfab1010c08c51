package com.gendan.statement;

import com.gendan.data.ProcessDocument;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer's statement (对帐单) of one month, in the customer's currency, with every revision
 * issued. The current revision is the last one.
 */
@Entity
@Table(name = "statement")
class Statement extends ProcessDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String statementNumber;
  private long customerId;
  private String statementMonth;
  private LocalDate periodFrom;
  private LocalDate periodTo;
  private String currency;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private StatementStatus status;

  private int currentRevision;
  private LocalDate confirmedOn;

  @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("revisionNo")
  private List<StatementRevision> revisions = new ArrayList<>();

  protected Statement() {}

  Statement(
      String statementNumber,
      long customerId,
      String statementMonth,
      LocalDate periodFrom,
      LocalDate periodTo,
      StatementArithmetic.Totals totals,
      String userId,
      Instant now) {
    this.statementNumber = statementNumber;
    this.customerId = customerId;
    this.statementMonth = statementMonth;
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.currency = totals.currency();
    this.status = StatementStatus.ISSUED;
    this.currentRevision = 1;
    revisions.add(new StatementRevision(this, 1, periodTo, totals));
    recordCreation(userId, now);
    recordUpdate(userId, now);
  }

  Long id() {
    return id;
  }

  String statementNumber() {
    return statementNumber;
  }

  long customerId() {
    return customerId;
  }

  String statementMonth() {
    return statementMonth;
  }

  LocalDate periodFrom() {
    return periodFrom;
  }

  LocalDate periodTo() {
    return periodTo;
  }

  String currency() {
    return currency;
  }

  StatementStatus status() {
    return status;
  }

  LocalDate confirmedOn() {
    return confirmedOn;
  }

  List<StatementRevision> revisions() {
    return revisions;
  }

  StatementRevision current() {
    return revisions.get(revisions.size() - 1);
  }

  void disputed(String userId, Instant now) {
    status = StatementStatus.DISPUTED;
    recordUpdate(userId, now);
  }

  void confirmed(LocalDate on, String userId, Instant now) {
    status = StatementStatus.CONFIRMED;
    confirmedOn = on;
    recordUpdate(userId, now);
  }

  void reissue(LocalDate on, StatementArithmetic.Totals totals, String userId, Instant now) {
    currentRevision = revisions.size() + 1;
    revisions.add(new StatementRevision(this, currentRevision, on, totals));
    status = StatementStatus.ISSUED;
    recordUpdate(userId, now);
  }

  void closed(StatementStatus closing, String userId, Instant now) {
    status = closing;
    recordUpdate(userId, now);
  }
}
