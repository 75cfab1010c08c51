package com.gendan.conduct;

import static com.gendan.conduct.ConductReviewProcess.Variables.ASSISTANT;
import static com.gendan.conduct.ConductReviewProcess.Variables.CASE_ID;
import static com.gendan.conduct.ConductReviewProcess.Variables.CASE_NUMBER;
import static com.gendan.conduct.ConductReviewProcess.Variables.CASE_SUMMARY;
import static com.gendan.conduct.ConductReviewProcess.Variables.CATEGORY;
import static com.gendan.conduct.ConductReviewProcess.Variables.CONDUCT_KIND;
import static com.gendan.conduct.ConductReviewProcess.Variables.FACTS;
import static com.gendan.conduct.ConductReviewProcess.Variables.OCCURRED_ON;
import static com.gendan.conduct.ConductReviewProcess.Variables.REVIEWER;

import com.gendan.problem.FieldProblem;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step: the start form's report is checked and registered, the process keyed by the
 * case's number, and the review routed to the assistant's own sales manager.
 */
@Component(ConductReviewProcess.Beans.REGISTER_CASE)
class RegisterConductCase implements JavaDelegate {

  private final ConductCases cases;
  private final FormLabels formLabels;

  RegisterConductCase(ConductCases cases, FormLabels formLabels) {
    this.cases = cases;
    this.formLabels = formLabels;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FieldLabels labels = formLabels.ofStart(execution);
    List<FieldProblem> unreadable = new ArrayList<>();
    ConductReport report =
        new ConductReport(
            ASSISTANT.get(execution),
            CONDUCT_KIND.read(execution, false, null, unreadable),
            CATEGORY.read(execution, false, null, unreadable),
            FACTS.get(execution),
            OCCURRED_ON.read(execution, false, null, unreadable));
    ConductCase registered =
        InvalidTaskInputException.translating(
            labels::of,
            () -> {
              List<FieldProblem> problems = new ArrayList<>(unreadable);
              problems.addAll(
                  cases.problemsOf(report).stream()
                      .filter(p -> unreadable.stream().noneMatch(u -> u.field().equals(p.field())))
                      .toList());
              if (!problems.isEmpty()) {
                throw new InvalidTaskInputException(problems);
              }
              return cases.report(report, Actors.currentUserOr(Actors.SYSTEM));
            });
    cases.linkProcess(registered.id(), execution.getProcessInstanceId());
    CASE_ID.set(execution, registered.id());
    CASE_NUMBER.set(execution, registered.caseNumber());
    CASE_SUMMARY.set(execution, cases.summary(registered));
    REVIEWER.set(execution, registered.reviewerUserId());
    execution.setProcessBusinessKey(registered.caseNumber());
  }
}
