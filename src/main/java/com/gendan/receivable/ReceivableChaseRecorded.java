package com.gendan.receivable;

import static com.gendan.receivable.ReceivableCollectionProcess.Variables.CHASE_NOTE;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.CONTACT_WAY;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.INVOICE_ID;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.PAYMENT_PROMISED;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.PROMISED_ON;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.PROMISE_CHASE_ID;
import static com.gendan.receivable.ReceivableCollectionProcess.Variables.WATCHED_PROMISE;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Actors;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Logs a chase (the assistant's, or the help of the sales rep or the sales manager); the
 * assistant's promised payment date is the promise the ladder then watches.
 */
@Component(ReceivableCollectionProcess.Beans.CHASE_RECORDED)
class ReceivableChaseRecorded implements TaskListener {

  private final ReceivableCollections collections;
  private final FormLabels formLabels;

  ReceivableChaseRecorded(ReceivableCollections collections, FormLabels formLabels) {
    this.collections = collections;
    this.formLabels = formLabels;
  }

  /** The note as text; anything else the form could not have sent is named as a problem. */
  private static String note(DelegateTask task, List<FieldProblem> problems) {
    Object note = task.getVariable(CHASE_NOTE.name());
    if (note == null || note instanceof String) {
      return (String) note;
    }
    problems.add(new FieldProblem(CHASE_NOTE.name(), "请填写文字"));
    return null;
  }

  @Override
  public void notify(DelegateTask task) {
    ChaseRequest request =
        InvalidTaskInputException.translating(
            formLabels.ofTask(task)::of,
            () -> {
              List<FieldProblem> problems = new ArrayList<>();
              ChaseRequest read =
                  new ChaseRequest(
                      CONTACT_WAY.read(task, problems),
                      note(task, problems),
                      PROMISED_ON.read(task, problems));
              InvalidRequestException.throwIfAny(problems);
              InvalidRequestException.throwIfAny(collections.problemsOf(read));
              return read;
            });
    long chaseId =
        collections.recordChase(
            INVOICE_ID.require(task), request, Actors.currentUserOr(task.getAssignee()));
    if (ReceivableCollectionProcess.Elements.CHASE_PAYMENT.equals(task.getTaskDefinitionKey())) {
      PAYMENT_PROMISED.set(task.getExecution(), request.promisedOn() != null);
      if (request.promisedOn() != null) {
        PROMISE_CHASE_ID.set(task.getExecution(), chaseId);
        WATCHED_PROMISE.set(task.getExecution(), request.promisedOn());
      }
    }
  }
}
