package com.gendan.complaint;

import static com.gendan.complaint.ComplaintHandlingProcess.Variables.ATTRIBUTION;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.CLOSURE_CONFIRMED_ON;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.CLOSURE_NOTE;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_ID;

import com.gendan.complaint.ComplaintHandlingProcess.Attribution;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Actors;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The customer confirmed the closure (registered by the assistant), with the attribution. */
@Component(ComplaintHandlingProcess.Beans.CLOSURE_CONFIRMED)
class ComplaintClosureConfirmed implements TaskListener {

  private final ComplaintService complaintService;
  private final FormLabels formLabels;

  ComplaintClosureConfirmed(ComplaintService complaintService, FormLabels formLabels) {
    this.complaintService = complaintService;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    InvalidTaskInputException.translating(
        formLabels.ofTask(task)::of,
        () -> {
          List<FieldProblem> problems = new ArrayList<>();
          LocalDate confirmedOn = CLOSURE_CONFIRMED_ON.read(task, problems);
          Attribution attribution = ATTRIBUTION.read(task, problems);
          InvalidRequestException.throwIfAny(problems);
          complaintService.confirmClosure(
              COMPLAINT_ID.require(task),
              confirmedOn,
              attribution,
              CLOSURE_NOTE.get(task),
              Actors.currentUserOr(task.getAssignee()));
        });
  }
}
