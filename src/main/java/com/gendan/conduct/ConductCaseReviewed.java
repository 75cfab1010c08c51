package com.gendan.conduct;

import static com.gendan.conduct.ConductReviewProcess.Variables.CASE_ID;
import static com.gendan.conduct.ConductReviewProcess.Variables.FINE_AMOUNT;
import static com.gendan.conduct.ConductReviewProcess.Variables.PROPOSED_DECISION;
import static com.gendan.conduct.ConductReviewProcess.Variables.REVIEW_FINDING;
import static com.gendan.conduct.ConductReviewProcess.Variables.REVIEW_NOTE;
import static com.gendan.conduct.ConductReviewProcess.Variables.REVIEW_SUMMARY;

import com.gendan.conduct.ConductReviewProcess.ReviewFinding;
import com.gendan.process.Actors;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The sales manager's finding (审查认定属实) and proposed decision. */
@Component(ConductReviewProcess.Beans.CASE_REVIEWED)
class ConductCaseReviewed implements TaskListener {

  private final ConductCases cases;
  private final FormLabels formLabels;

  ConductCaseReviewed(ConductCases cases, FormLabels formLabels) {
    this.cases = cases;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    InvalidTaskInputException.translating(
        formLabels.ofTask(task)::of,
        () -> {
          ReviewFinding finding = REVIEW_FINDING.answer(task, "请选择属实或查无实据");
          ConductDecision decision =
              finding == ReviewFinding.CONFIRMED ? PROPOSED_DECISION.get(task) : null;
          long caseId = CASE_ID.require(task);
          cases.review(
              caseId,
              finding,
              REVIEW_NOTE.get(task),
              decision,
              decision == ConductDecision.FINE ? FINE_AMOUNT.get(task) : null,
              Actors.currentUserOr(task.getAssignee()));
          REVIEW_SUMMARY.set(task, cases.reviewSummary(cases.load(caseId)));
        });
  }
}
