package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;
import static com.gendan.orderchange.OrderChangeProcess.Variables.SCRAP_COMMENT;
import static com.gendan.orderchange.OrderChangeProcess.Variables.SCRAP_DECISION;

import com.gendan.orderchange.OrderChangeProcess.ScrapDecision;
import com.gendan.process.Actors;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The sales manager approves the scraps, or sends them back to the sales rep with a reason. */
@Component(OrderChangeProcess.Beans.SCRAP_DECIDED)
class DeadStockScrapDecided implements TaskListener {

  private final ChangeRequests requests;
  private final ChangeRequestFormVariables formVariables;
  private final FormLabels formLabels;

  DeadStockScrapDecided(
      ChangeRequests requests, ChangeRequestFormVariables formVariables, FormLabels formLabels) {
    this.requests = requests;
    this.formVariables = formVariables;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    long requestId = CHANGE_REQUEST_ID.require(task);
    InvalidTaskInputException.translating(
        formLabels.ofTask(task)::of,
        () -> {
          ScrapDecision decision = SCRAP_DECISION.answer(task, "请选择同意或不同意");
          requests.decideScrap(
              requestId,
              decision == ScrapDecision.APPROVE,
              SCRAP_COMMENT.get(task),
              Actors.currentUserOr(task.getAssignee()));
        });
    formVariables.publishDeadStock(task.getExecution(), requestId);
  }
}
