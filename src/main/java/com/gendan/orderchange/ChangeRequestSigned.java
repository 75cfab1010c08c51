package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.APPROVER_GROUP;
import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;
import static com.gendan.orderchange.OrderChangeProcess.Variables.SIGN_COMMENT;
import static com.gendan.orderchange.OrderChangeProcess.Variables.SIGN_DECISION;

import com.gendan.orderchange.OrderChangeProcess.SignDecision;
import com.gendan.process.Actors;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A signer's decision: approved, or rejected with a reason. */
@Component(OrderChangeProcess.Beans.SIGNATURE_RECORDED)
class ChangeRequestSigned implements TaskListener {

  private final ChangeRequests requests;
  private final FormLabels formLabels;

  ChangeRequestSigned(ChangeRequests requests, FormLabels formLabels) {
    this.requests = requests;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    InvalidTaskInputException.translating(
        formLabels.ofTask(task)::of,
        () -> {
          SignDecision decision = SIGN_DECISION.answer(task, "请选择同意或驳回");
          requests.sign(
              CHANGE_REQUEST_ID.require(task),
              APPROVER_GROUP.require(task),
              decision == SignDecision.APPROVE,
              SIGN_COMMENT.get(task),
              Actors.currentUserOr(task.getAssignee()));
        });
  }
}
