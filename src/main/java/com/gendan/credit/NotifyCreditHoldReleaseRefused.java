package com.gendan.credit;

import static com.gendan.credit.CreditHoldReleaseProcess.Variables.RELEASE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Refused by finance or the general manager: the requester is told why. */
@Component(CreditHoldReleaseProcess.Beans.NOTIFY_REFUSED)
class NotifyCreditHoldReleaseRefused implements JavaDelegate {

  private final CreditHoldReleases releases;

  NotifyCreditHoldReleaseRefused(CreditHoldReleases releases) {
    this.releases = releases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    releases.notifyRefused(RELEASE_ID.require(execution));
  }
}
