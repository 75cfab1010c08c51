package com.gendan.quote;

import static com.gendan.quote.QuoteApprovalProcess.Variables.CURRENCY;
import static com.gendan.quote.QuoteApprovalProcess.Variables.CUSTOMER_NAME;
import static com.gendan.quote.QuoteApprovalProcess.Variables.LINE_OPTIONS;
import static com.gendan.quote.QuoteApprovalProcess.Variables.QUOTE_LINES;
import static com.gendan.quote.QuoteApprovalProcess.Variables.QUOTE_NUMBER;
import static com.gendan.quote.QuoteApprovalProcess.Variables.REVISION_NO;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.process.JsonVariables;

/**
 * Copies what the quote forms show from the quote tables into the process: number, revision,
 * customer, currency, the lines, and the options of the accepted-lines checklist.
 */
@Component
@Transactional(readOnly = true)
class QuoteFormVariables {

  private final QuoteService quoteService;
  private final CustomerDirectory customers;
  private final JsonVariables json;

  QuoteFormVariables(QuoteService quoteService, CustomerDirectory customers,
      JsonVariables json) {
    this.quoteService = quoteService;
    this.customers = customers;
    this.json = json;
  }

  void publish(VariableScope scope, long quoteId) {
    Quote quote = quoteService.load(quoteId);
    QuoteRevision revision = quote.current();
    QUOTE_NUMBER.set(scope, quote.quoteNumber());
    REVISION_NO.set(scope, revision.revisionNo());
    CUSTOMER_NAME.set(scope, customers.findById(quote.customerId())
        .map(CustomerView::chineseName).orElse(""));
    CURRENCY.set(scope, quote.currency());
    List<QuoteLineData> lines = revision.lines().stream().map(QuoteLine::toData).toList();
    scope.setVariable(QUOTE_LINES, json.json(lines));
    scope.setVariable(LINE_OPTIONS, json.json(lines.stream().map(line -> new Option(
        line.lineNo() + ". " + line.productName() + " " + line.quantity().stripTrailingZeros()
            .toPlainString() + line.unit(), line.lineNo())).toList()));
  }

  List<QuoteLineData> submittedLines(VariableScope scope) {
    return json.readList(scope.getVariable(QUOTE_LINES), QuoteLineData.class);
  }

  List<Integer> acceptedLines(VariableScope scope) {
    return json.readList(scope.getVariable(QuoteApprovalProcess.Variables.ACCEPTED_LINES),
        Integer.class);
  }

  /** A checklist option of Camunda Forms. */
  record Option(String label, int value) {
  }
}
