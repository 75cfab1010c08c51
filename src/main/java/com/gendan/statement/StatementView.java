package com.gendan.statement;

import com.gendan.customer.CustomerView;
import com.gendan.document.DocumentLinks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A statement as {@code GET /api/statements/{idOrNumber}} shows it: the current revision with its
 * lines and totals, the tax it contains (prices include VAT at {@code gendan.statement.tax-rate}),
 * every revision, and the invoice once issued.
 *
 * @param statementMonth the month it was cut in, {@code 2026-12}
 * @param current the revision the customer answers (the last one)
 * @param taxRate the VAT rate shown
 * @param periodTax the VAT contained in the period's amount
 * @param periodNet the period's amount without VAT
 * @param excelUrl the workbook of the current revision
 */
public record StatementView(
    long id,
    String statementNumber,
    long customerId,
    String customerCode,
    String customerName,
    String statementMonth,
    LocalDate periodFrom,
    LocalDate periodTo,
    String currency,
    StatementStatus status,
    String statusLabel,
    LocalDate confirmedOn,
    StatementRevision.View current,
    BigDecimal taxRate,
    BigDecimal periodNet,
    BigDecimal periodTax,
    List<StatementRevision.View> revisions,
    Invoice.View invoice,
    String documentUrl,
    String excelUrl) {

  static StatementView of(
      Statement statement, CustomerView customer, BigDecimal taxRate, Invoice.View invoice) {
    List<StatementRevision.View> revisions =
        statement.revisions().stream().map(r -> r.toView(statement.currency())).toList();
    StatementRevision.View current = revisions.get(revisions.size() - 1);
    BigDecimal net =
        current.periodAmount().divide(BigDecimal.ONE.add(taxRate), 2, RoundingMode.HALF_UP);
    return new StatementView(
        statement.id(),
        statement.statementNumber(),
        statement.customerId(),
        customer.code(),
        customer.chineseName(),
        statement.statementMonth(),
        statement.periodFrom(),
        statement.periodTo(),
        statement.currency(),
        statement.status(),
        statement.status().label(),
        statement.confirmedOn(),
        current,
        taxRate,
        net,
        current.periodAmount().subtract(net),
        revisions,
        invoice,
        DocumentLinks.statement(statement.statementNumber()),
        "/api/statements/" + statement.statementNumber() + "/excel");
  }

  /** A statement as {@code GET /api/statements} lists it. */
  public record Summary(
      long id,
      String statementNumber,
      String customerCode,
      String customerName,
      String statementMonth,
      LocalDate periodTo,
      String currency,
      BigDecimal periodAmount,
      int revision,
      StatementStatus status,
      String statusLabel,
      String documentUrl) {

    static Summary of(Statement statement, CustomerView customer) {
      StatementRevision current = statement.current();
      return new Summary(
          statement.id(),
          statement.statementNumber(),
          customer.code(),
          customer.chineseName(),
          statement.statementMonth(),
          statement.periodTo(),
          statement.currency(),
          current.periodAmount(),
          current.revisionNo(),
          statement.status(),
          statement.status().label(),
          DocumentLinks.statement(statement.statementNumber()));
    }
  }
}
