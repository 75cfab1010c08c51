package com.gendan.complaint;

import static com.gendan.complaint.ComplaintHandlingProcess.Variables.CATEGORY;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_ID;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.COMPLAINT_NUMBER;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.DESCRIPTION;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.ORDER_NUMBER;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.REOPENED;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.SEVERITY;
import static com.gendan.complaint.ComplaintHandlingProcess.Variables.SHIPMENT_NUMBER;

import com.gendan.complaint.ComplaintHandlingProcess.Category;
import com.gendan.complaint.ComplaintHandlingProcess.Severity;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.scope.CustomerScope;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step: a complaint from Tasklist's start form is registered (the API registers it itself
 * and starts the process with its id). Either way the process is linked to it, keyed by its number,
 * and the forms get their variables.
 */
@Component(ComplaintHandlingProcess.Beans.REGISTER_COMPLAINT)
class RegisterComplaint implements JavaDelegate {

  private final ComplaintService complaintService;
  private final ComplaintFormVariables formVariables;
  private final FormLabels formLabels;

  RegisterComplaint(
      ComplaintService complaintService,
      ComplaintFormVariables formVariables,
      FormLabels formLabels) {
    this.complaintService = complaintService;
    this.formVariables = formVariables;
    this.formLabels = formLabels;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long complaintId = COMPLAINT_ID.get(execution);
    if (complaintId == null) {
      complaintId = registerFromStartForm(execution);
      COMPLAINT_ID.set(execution, complaintId);
    }
    complaintService.linkProcess(complaintId, execution.getProcessInstanceId());
    formVariables.publish(execution, complaintId);
    REOPENED.set(execution, false);
    execution.setProcessBusinessKey(COMPLAINT_NUMBER.get(execution));
  }

  private long registerFromStartForm(DelegateExecution execution) {
    FieldLabels labels =
        formLabels
            .ofStart(execution)
            .naming(CustomerScope.CUSTOMER_ID, CustomerScope.CUSTOMER_CODE)
            .naming("orderId", ORDER_NUMBER.name())
            .naming("shipmentId", SHIPMENT_NUMBER.name());
    return InvalidTaskInputException.translating(
        labels::of,
        () -> {
          List<FieldProblem> problems = new ArrayList<>();
          Category category = CATEGORY.read(execution, problems);
          Severity severity = SEVERITY.read(execution, problems);
          ComplaintService.References references =
              complaintService.references(
                  ORDER_NUMBER.get(execution), SHIPMENT_NUMBER.get(execution), problems);
          ComplaintRequest request =
              new ComplaintRequest(
                  CustomerScope.customerId(execution),
                  references.orderId(),
                  references.shipmentId(),
                  category,
                  severity,
                  DESCRIPTION.get(execution));
          if (!problems.isEmpty()) {
            // a number that named nothing is told once, on its own field
            boolean unknownReference =
                problems.stream().anyMatch(p -> p.field().endsWith("Number"));
            complaintService.problemsOf(request).stream()
                .filter(p -> !(unknownReference && p.field().endsWith("Id")))
                .filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                .forEach(problems::add);
            throw new InvalidRequestException(problems);
          }
          return complaintService.register(request, Actors.currentUserOr(null));
        });
  }
}
