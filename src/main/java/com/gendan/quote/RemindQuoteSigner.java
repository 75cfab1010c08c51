package com.gendan.quote;

import com.gendan.identity.PeopleDirectory;
import com.gendan.process.ReminderFiring;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/** Mails whoever must sign when a signing task has waited too long. */
@Component(QuoteApprovalProcess.Beans.REMIND_SIGNER)
class RemindQuoteSigner implements TaskListener {

  private final QuoteMails mails;
  private final PeopleDirectory people;

  RemindQuoteSigner(QuoteMails mails, PeopleDirectory people) {
    this.mails = mails;
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> recipients =
        task.getAssignee() != null
            ? people.emailOf(task.getAssignee())
            : task.getCandidates().stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .flatMap(group -> people.emailsOfGroup(group).stream())
                .distinct()
                .toList();
    mails.signingReminder(
        QuoteApprovalProcess.Variables.QUOTE_ID.require(task), ReminderFiring.of(task), recipients);
  }
}
