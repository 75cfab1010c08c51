package com.gendan.quote;

import static com.gendan.quote.QuoteApprovalProcess.Variables.QUOTE_ID;
import static com.gendan.quote.QuoteApprovalProcess.Variables.VALID_UNTIL;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails the signed quote to the customer and starts the wait for the answer; the quote expires at
 * the end of its last valid day.
 */
@Component(QuoteApprovalProcess.Beans.SEND_QUOTE)
class SendQuoteToCustomer implements JavaDelegate {

  private final QuoteService quoteService;
  private final QuoteMails mails;
  private final Clock clock;

  SendQuoteToCustomer(QuoteService quoteService, QuoteMails mails, Clock clock) {
    this.quoteService = quoteService;
    this.mails = mails;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    long quoteId = QUOTE_ID.require(execution);
    mails.quoteToCustomer(quoteId, quoteService.load(quoteId).current().documentPdf());
    LocalDate validUntil = quoteService.markSent(quoteId);
    VALID_UNTIL.set(
        execution, Date.from(validUntil.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
  }
}
