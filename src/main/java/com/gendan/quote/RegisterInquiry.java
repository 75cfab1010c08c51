package com.gendan.quote;

import static com.gendan.quote.QuoteApprovalProcess.Variables.CURRENCY;
import static com.gendan.quote.QuoteApprovalProcess.Variables.INQUIRY_LINES_TEXT;
import static com.gendan.quote.QuoteApprovalProcess.Variables.INQUIRY_NOTE;
import static com.gendan.quote.QuoteApprovalProcess.Variables.QUOTE_ID;
import static com.gendan.quote.QuoteApprovalProcess.Variables.VALIDITY_DAYS;

import com.gendan.problem.FieldProblem;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.TextRows;
import com.gendan.scope.CustomerScope;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step: an inquiry started from Tasklist's start form becomes a quote (the API registers
 * the quote itself and starts the process with its id). Either way the process is linked to the
 * quote and the forms get their variables.
 */
@Component(QuoteApprovalProcess.Beans.REGISTER_INQUIRY)
class RegisterInquiry implements JavaDelegate {

  private final QuoteService quoteService;
  private final QuoteFormVariables formVariables;
  private final FormLabels formLabels;

  RegisterInquiry(
      QuoteService quoteService, QuoteFormVariables formVariables, FormLabels formLabels) {
    this.quoteService = quoteService;
    this.formVariables = formVariables;
    this.formLabels = formLabels;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long quoteId = QUOTE_ID.get(execution);
    if (quoteId == null) {
      quoteId = registerFromStartForm(execution);
      QUOTE_ID.set(execution, quoteId);
    }
    quoteService.linkProcess(quoteId, execution.getProcessInstanceId());
    formVariables.publish(execution, quoteId);
    execution.setProcessBusinessKey(QuoteApprovalProcess.Variables.QUOTE_NUMBER.get(execution));
  }

  private long registerFromStartForm(DelegateExecution execution) {
    FieldLabels labels =
        formLabels
            .ofStart(execution)
            .naming(CustomerScope.CUSTOMER_ID, CustomerScope.CUSTOMER_CODE)
            .naming("note", INQUIRY_NOTE.name());
    Long validity = VALIDITY_DAYS.get(execution);
    List<FieldProblem> unreadable = new ArrayList<>();
    TextRows.RowItems<InquiryRequest.Line> lines =
        InquiryLinesText.read(INQUIRY_LINES_TEXT.get(execution), unreadable);
    InquiryRequest request =
        new InquiryRequest(
            CustomerScope.customerId(execution),
            CURRENCY.get(execution),
            validity == null ? null : validity.intValue(),
            INQUIRY_NOTE.get(execution),
            lines.items());
    return InvalidTaskInputException.registeringRows(
        lines,
        unreadable,
        labels::of,
        () -> quoteService.problemsOf(request),
        () -> quoteService.registerInquiry(request, Actors.currentUserOr(null)));
  }
}
