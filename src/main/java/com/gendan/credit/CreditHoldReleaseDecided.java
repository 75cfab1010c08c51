package com.gendan.credit;

import static com.gendan.credit.CreditHoldReleaseProcess.Variables.FINANCE_DECISION;
import static com.gendan.credit.CreditHoldReleaseProcess.Variables.FINANCE_NOTE;
import static com.gendan.credit.CreditHoldReleaseProcess.Variables.GM_DECISION;
import static com.gendan.credit.CreditHoldReleaseProcess.Variables.GM_NOTE;
import static com.gendan.credit.CreditHoldReleaseProcess.Variables.RELEASE_ID;

import com.gendan.process.Actors;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An approver's answer on the release, on either approval task: finance's on its task, the general
 * manager's (approved, the release holds at once) on the other. A refusal says why.
 */
@Component(CreditHoldReleaseProcess.Beans.DECIDED)
class CreditHoldReleaseDecided implements TaskListener {

  private final CreditHoldReleases releases;
  private final FormLabels formLabels;

  CreditHoldReleaseDecided(CreditHoldReleases releases, FormLabels formLabels) {
    this.releases = releases;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    long releaseId = RELEASE_ID.require(task);
    String user = Actors.currentUserOr(task.getAssignee());
    InvalidTaskInputException.translating(
        formLabels.ofTask(task)::of,
        () -> {
          if (CreditHoldReleaseProcess.Elements.FINANCE_APPROVAL.equals(
              task.getTaskDefinitionKey())) {
            releases.financeDecided(
                releaseId,
                FINANCE_DECISION.answer(task, "请选择同意或不同意"),
                FINANCE_NOTE.get(task),
                user);
          } else {
            releases.gmDecided(
                releaseId, GM_DECISION.answer(task, "请选择同意或不同意"), GM_NOTE.get(task), user);
          }
        });
  }
}
