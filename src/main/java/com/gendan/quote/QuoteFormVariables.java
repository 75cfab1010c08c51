package com.gendan.quote;

import static com.gendan.quote.QuoteApprovalProcess.Variables.CURRENCY;
import static com.gendan.quote.QuoteApprovalProcess.Variables.CUSTOMER_NAME;
import static com.gendan.quote.QuoteApprovalProcess.Variables.LINE_OPTIONS;
import static com.gendan.quote.QuoteApprovalProcess.Variables.MAX_LINES;
import static com.gendan.quote.QuoteApprovalProcess.Variables.QUOTE_LINES;
import static com.gendan.quote.QuoteApprovalProcess.Variables.QUOTE_NUMBER;
import static com.gendan.quote.QuoteApprovalProcess.Variables.REVISION_NO;
import static com.gendan.quote.QuoteApprovalProcess.Variables.TOTAL_AMOUNT;
import static com.gendan.quote.QuoteApprovalProcess.Variables.UNIT_PRICE_PREFIX;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.JsonVariables;
import com.gendan.process.Numbers;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies what the quote forms show from the quote tables into the process (number, revision,
 * customer, currency, the lines, the prices so far, the options of the accepted-lines checklist)
 * and reads back what the forms entered.
 */
@Component
@Transactional(readOnly = true)
class QuoteFormVariables {

  private final QuoteService quoteService;
  private final CustomerDirectory customers;
  private final JsonVariables json;

  QuoteFormVariables(QuoteService quoteService, CustomerDirectory customers, JsonVariables json) {
    this.quoteService = quoteService;
    this.customers = customers;
    this.json = json;
  }

  void publish(VariableScope scope, long quoteId) {
    Quote quote = quoteService.load(quoteId);
    QuoteRevision revision = quote.current();
    QUOTE_NUMBER.set(scope, quote.quoteNumber());
    REVISION_NO.set(scope, revision.revisionNo());
    CUSTOMER_NAME.set(
        scope, customers.findById(quote.customerId()).map(CustomerView::chineseName).orElse(""));
    CURRENCY.set(scope, quote.currency());
    BigDecimal total = revision.totalAmount();
    TOTAL_AMOUNT.set(scope, total == null ? "" : total.toPlainString());
    List<QuoteLineData> lines = revision.lines().stream().map(QuoteLine::toData).toList();
    scope.setVariable(QUOTE_LINES, json.json(lines));
    for (int n = 1; n <= MAX_LINES; n++) {
      BigDecimal price = n <= lines.size() ? lines.get(n - 1).unitPrice() : null;
      if (price != null) {
        scope.setVariable(UNIT_PRICE_PREFIX + n, price.doubleValue());
      } else {
        scope.removeVariable(UNIT_PRICE_PREFIX + n);
      }
    }
    scope.setVariable(
        LINE_OPTIONS,
        json.json(
            lines.stream()
                .map(
                    line ->
                        new Option(
                            line.lineNo()
                                + ". "
                                + line.productName()
                                + " "
                                + Numbers.plain(line.quantity())
                                + line.unit(),
                            line.lineNo()))
                .toList()));
  }

  /** The unit prices entered on the draft form, by line number (missing ones left out). */
  Map<Integer, BigDecimal> submittedPrices(VariableScope scope) {
    Map<Integer, BigDecimal> prices = new HashMap<>();
    for (int n = 1; n <= MAX_LINES; n++) {
      Object value = scope.getVariable(UNIT_PRICE_PREFIX + n);
      if (value != null && !value.toString().isBlank()) {
        // a form's number arrives as Double (Infinity for 1e400), a text field's as String
        BigDecimal price = Numbers.parse(value.toString());
        if (price == null) {
          throw InvalidRequestException.of(UNIT_PRICE_PREFIX + n, "第" + n + "项报价单价不是数字");
        }
        prices.put(n, price);
      }
    }
    return prices;
  }

  List<Integer> acceptedLines(VariableScope scope) {
    return json.readList(
        scope.getVariable(QuoteApprovalProcess.Variables.ACCEPTED_LINES), Integer.class);
  }

  /** A checklist option of Camunda Forms. */
  record Option(String label, int value) {}
}
