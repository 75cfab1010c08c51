package com.gendan.statement;

import static com.gendan.statement.MonthlyStatementProcess.Variables.CUSTOMER_NAME;
import static com.gendan.statement.MonthlyStatementProcess.Variables.DISPUTE_SUMMARY;
import static com.gendan.statement.MonthlyStatementProcess.Variables.STATEMENT_NUMBER;
import static com.gendan.statement.MonthlyStatementProcess.Variables.STATEMENT_SUMMARY;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.document.DocumentFormat;
import com.gendan.process.Numbers;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Copies what the statement forms show from Gendan's tables into the process. */
@Component
@Transactional(readOnly = true)
class StatementFormVariables {

  private static final DocumentFormat FORMAT = new DocumentFormat();

  private final StatementService statementService;
  private final CustomerDirectory customers;

  StatementFormVariables(StatementService statementService, CustomerDirectory customers) {
    this.statementService = statementService;
    this.customers = customers;
  }

  /** The statement's number, customer, current revision with its lines, and what is disputed. */
  void publish(VariableScope scope, long statementId) {
    Statement statement = statementService.load(statementId);
    StatementRevision revision = statement.current();
    STATEMENT_NUMBER.set(scope, statement.statementNumber());
    CUSTOMER_NAME.set(
        scope,
        customers.findById(statement.customerId()).map(CustomerView::chineseName).orElse(""));
    String currency = statement.currency();
    StringBuilder summary =
        new StringBuilder()
            .append("第")
            .append(revision.revisionNo())
            .append("版，期间 ")
            .append(statement.periodFrom())
            .append(" 至 ")
            .append(statement.periodTo())
            .append("，本期金额 ")
            .append(money(currency, revision.periodAmount()))
            .append("，上期余额 ")
            .append(money(currency, revision.previousBalance()))
            .append("\n");
    revision
        .lines()
        .forEach(line -> summary.append(lineText(line.toView(), currency)).append("\n"));
    STATEMENT_SUMMARY.set(scope, summary.toString().strip());
    DISPUTE_SUMMARY.set(
        scope,
        revision.disputedLines().stream()
            .map(line -> "第" + line.lineNo() + "行：" + line.toView().disputeReason())
            .collect(Collectors.joining("\n")));
  }

  static String lineText(StatementLine.View line, String currency) {
    StringBuilder text =
        new StringBuilder()
            .append(line.lineNo())
            .append(" ")
            .append(line.kindLabel())
            .append(" ")
            .append(line.happenedOn());
    if (line.orderNumber() != null) {
      text.append(" ").append(line.orderNumber()).append(" ").append(line.productCode());
      text.append(" ").append(Numbers.plain(line.quantity()));
      text.append(" × ").append(line.orderCurrency()).append(" ");
      text.append(Numbers.plain(line.unitPrice()));
    }
    if (line.reference() != null) {
      text.append(" （").append(line.reference()).append("）");
    }
    return text.append(" = ").append(money(currency, line.amount())).toString();
  }

  /** An amount as the printed statement shows it: {@code CNY 100,000.00}. */
  static String money(String currency, BigDecimal amount) {
    return currency + " " + FORMAT.money(amount);
  }
}
