package com.gendan.quote;

import static com.gendan.quote.QuoteApprovalProcess.Variables.APPROVER_GROUP;
import static com.gendan.quote.QuoteApprovalProcess.Variables.QUOTE_ID;
import static com.gendan.quote.QuoteApprovalProcess.Variables.SIGN_COMMENT;
import static com.gendan.quote.QuoteApprovalProcess.Variables.SIGN_DECISION;

import com.gendan.identity.PeopleDirectory;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.quote.QuoteApprovalProcess.SignDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records who signed, for which role, what and when. The engine has already checked that the user
 * may work the task, that is, belongs to the group that must sign.
 */
@Component(QuoteApprovalProcess.Beans.SIGNATURE_RECORDED)
class QuoteSignatureRecorded implements TaskListener {

  private final QuoteService quoteService;
  private final PeopleDirectory people;
  private final FormLabels formLabels;

  QuoteSignatureRecorded(QuoteService quoteService, PeopleDirectory people, FormLabels formLabels) {
    this.quoteService = quoteService;
    this.people = people;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    String userId = Actors.currentUserOr(task.getAssignee());
    String group = APPROVER_GROUP.require(task);
    Signer signer = new Signer(userId, people.displayName(userId), group, people.roleName(group));
    InvalidTaskInputException.translating(
        labels::of,
        () -> {
          SignDecision decision = SIGN_DECISION.answer(task, "请选择签核意见：同意、退回修改或驳回");
          quoteService.sign(
              QUOTE_ID.require(task), signer, decision.decision(), SIGN_COMMENT.get(task));
        });
  }
}
