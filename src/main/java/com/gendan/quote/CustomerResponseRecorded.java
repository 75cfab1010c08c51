package com.gendan.quote;

import static com.gendan.quote.QuoteApprovalProcess.Variables.CUSTOMER_RESPONSE;
import static com.gendan.quote.QuoteApprovalProcess.Variables.QUOTE_ID;
import static com.gendan.quote.QuoteApprovalProcess.Variables.RESPONSE_REASON;

import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.quote.QuoteApprovalProcess.CustomerResponse;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks and stores the customer's answer the assistant registered. */
@Component(QuoteApprovalProcess.Beans.CUSTOMER_RESPONSE_RECORDED)
class CustomerResponseRecorded implements TaskListener {

  private final QuoteService quoteService;
  private final QuoteFormVariables formVariables;
  private final FormLabels formLabels;

  CustomerResponseRecorded(
      QuoteService quoteService, QuoteFormVariables formVariables, FormLabels formLabels) {
    this.quoteService = quoteService;
    this.formVariables = formVariables;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    try {
      InvalidTaskInputException.translating(
          labels::of,
          () -> {
            CustomerResponse response = CUSTOMER_RESPONSE.answer(task, "请选择客户回复");
            quoteService.respond(
                QUOTE_ID.require(task),
                response,
                formVariables.acceptedLines(task),
                RESPONSE_REASON.get(task),
                Actors.currentUserOr(task.getAssignee()));
          });
    } catch (IllegalArgumentException e) {
      throw new InvalidTaskInputException("接受的明细", "接受的明细格式不正确");
    }
  }
}
