package com.gendan.credit;

import static com.gendan.credit.CreditTermsChangeProcess.Variables.DECISION;
import static com.gendan.credit.CreditTermsChangeProcess.Variables.NOTE;
import static com.gendan.credit.CreditTermsChangeProcess.Variables.REQUEST_ID;

import com.gendan.process.Actors;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Finance approves the credit-terms change (applied at once), or refuses it saying why. */
@Component(CreditTermsChangeProcess.Beans.DECIDED)
class CreditTermsChangeDecided implements TaskListener {

  private final CreditTermsRequests requests;
  private final FormLabels formLabels;

  CreditTermsChangeDecided(CreditTermsRequests requests, FormLabels formLabels) {
    this.requests = requests;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    InvalidTaskInputException.translating(
        formLabels.ofTask(task)::of,
        () ->
            requests.decide(
                REQUEST_ID.require(task),
                DECISION.answer(task, "请选择同意或不同意"),
                NOTE.get(task),
                Actors.currentUserOr(task.getAssignee())));
  }
}
