package com.gendan.quote;

import static com.gendan.quote.QuoteApprovalProcess.Variables.BELOW_FLOOR_PRICE;
import static com.gendan.quote.QuoteApprovalProcess.Variables.CUSTOMER_TIER;
import static com.gendan.quote.QuoteApprovalProcess.Variables.DISCOUNT_PERCENT;
import static com.gendan.quote.QuoteApprovalProcess.Variables.QUOTE_ID;
import static com.gendan.quote.QuoteApprovalProcess.Variables.TOTAL_AMOUNT_CNY;
import static com.gendan.quote.QuoteApprovalProcess.Variables.UNIT_PRICE_PREFIX;

import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
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
  private final FormLabels formLabels;

  QuoteDraftCompleted(
      QuoteService quoteService, QuoteFormVariables formVariables, FormLabels formLabels) {
    this.quoteService = quoteService;
    this.formVariables = formVariables;
    this.formLabels = formLabels;
  }

  private static final String UNIT_PRICE_LABEL = "报价单价";

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    long quoteId = QUOTE_ID.require(task);
    QuoteService.AuthorityInputs inputs =
        InvalidTaskInputException.translating(
            // each line's price field has a label computed from its product; the message names
            // the line itself
            field -> field.startsWith(UNIT_PRICE_PREFIX) ? UNIT_PRICE_LABEL : labels.of(field),
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
