package com.gendan.credit;

import static com.gendan.credit.CreditHoldReleaseProcess.Variables.RELEASE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Approved by both: the requester is told until when the order may go. */
@Component(CreditHoldReleaseProcess.Beans.NOTIFY_APPROVED)
class NotifyCreditHoldReleaseApproved implements JavaDelegate {

  private final CreditHoldReleases releases;

  NotifyCreditHoldReleaseApproved(CreditHoldReleases releases) {
    this.releases = releases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    releases.notifyApproved(RELEASE_ID.require(execution));
  }
}
