package com.gendan.complaint;

import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_ID;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.DISPOSITION_AMOUNT;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.DISPOSITION_KIND;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.DISPOSITION_NOTE;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.RETURN_EXPECTED;

import com.gendan.complaint.ComplaintHandlingProcess.DispositionKind;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The disposition the assistant agreed with the customer: kind, amount, whether goods return. */
@Component(ComplaintHandlingProcess.Beans.DISPOSITION_PROPOSED)
class ComplaintDispositionProposed implements TaskListener {

  private final ComplaintService complaintService;
  private final FormLabels formLabels;

  ComplaintDispositionProposed(ComplaintService complaintService, FormLabels formLabels) {
    this.complaintService = complaintService;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels =
        formLabels
            .ofTask(task)
            .naming("kind", DISPOSITION_KIND.name())
            .naming("amountCny", DISPOSITION_AMOUNT.name())
            .naming("note", DISPOSITION_NOTE.name())
            .naming("returnExpected", RETURN_EXPECTED.name());
    InvalidTaskInputException.translating(
        labels::of,
        () -> {
          List<FieldProblem> problems = new ArrayList<>();
          DispositionKind kind = DISPOSITION_KIND.read(task, true, "请选择处理方式", problems);
          BigDecimal amount = DISPOSITION_AMOUNT.read(task, true, "请填写金额（无费用填0）", problems);
          InvalidRequestException.throwIfAny(problems);
          boolean returnExpected = Boolean.TRUE.equals(RETURN_EXPECTED.get(task));
          complaintService.propose(
              COMPLAINT_ID.require(task),
              new ComplaintService.Disposition(
                  kind, amount, DISPOSITION_NOTE.get(task), returnExpected),
              Actors.currentUserOr(task.getAssignee()));
          // the gateway after the approval reads it: a form left unticked may not submit it
          RETURN_EXPECTED.set(task, returnExpected);
        });
  }
}
