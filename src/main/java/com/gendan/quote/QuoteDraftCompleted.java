package com.gendan.quote;

import static com.gendan.quote.QuoteApprovalProcess.Variables.BELOW_FLOOR_PRICE;
import static com.gendan.quote.QuoteApprovalProcess.Variables.CUSTOMER_TIER;
import static com.gendan.quote.QuoteApprovalProcess.Variables.DISCOUNT_PERCENT;
import static com.gendan.quote.QuoteApprovalProcess.Variables.QUOTE_ID;
import static com.gendan.quote.QuoteApprovalProcess.Variables.TOTAL_AMOUNT_CNY;

import com.gendan.process.Actors;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The assistant submits the unit prices: they are checked and stored, and the figures the signing
 * authority decides on are handed to the decision.
 */
@Component(QuoteApprovalProcess.Beans.DRAFT_COMPLETED)
class QuoteDraftCompleted implements TaskListener {

  private final QuoteService quoteService;
  private final QuoteFormVariables formVariables;

  QuoteDraftCompleted(QuoteService quoteService, QuoteFormVariables formVariables) {
    this.quoteService = quoteService;
    this.formVariables = formVariables;
  }

  @Override
  public void notify(DelegateTask task) {
    long quoteId = QUOTE_ID.require(task);
    QuoteService.AuthorityInputs inputs =
        InvalidTaskInputException.translating(
            QuoteFieldLabels::of,
            () ->
                quoteService.priceDraft(
                    quoteId,
                    formVariables.submittedPrices(task),
                    Actors.currentUserOr(task.getAssignee())));
    DelegateExecution execution = task.getExecution();
    DISCOUNT_PERCENT.set(execution, inputs.discountPercent());
    BELOW_FLOOR_PRICE.set(execution, inputs.belowFloorPrice());
    TOTAL_AMOUNT_CNY.set(execution, inputs.totalAmountCny());
    CUSTOMER_TIER.set(execution, inputs.customerTier());
    formVariables.publish(execution, quoteId);
  }
}
