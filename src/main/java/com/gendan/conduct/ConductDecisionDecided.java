package com.gendan.conduct;

import static com.gendan.conduct.ConductReviewProcess.Variables.CASE_ID;
import static com.gendan.conduct.ConductReviewProcess.Variables.GM_DECISION;
import static com.gendan.conduct.ConductReviewProcess.Variables.GM_NOTE;

import com.gendan.process.Actors;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The general manager approves the proposed decision, or rejects it saying why. */
@Component(ConductReviewProcess.Beans.DECISION_DECIDED)
class ConductDecisionDecided implements TaskListener {

  private final ConductCases cases;
  private final FormLabels formLabels;

  ConductDecisionDecided(ConductCases cases, FormLabels formLabels) {
    this.cases = cases;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    InvalidTaskInputException.translating(
        formLabels.ofTask(task)::of,
        () ->
            cases.decide(
                CASE_ID.require(task),
                GM_DECISION.answer(task, "请选择核准或不核准"),
                GM_NOTE.get(task),
                Actors.currentUserOr(task.getAssignee())));
  }
}
