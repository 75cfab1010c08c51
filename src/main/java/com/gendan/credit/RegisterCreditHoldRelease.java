package com.gendan.credit;

import static com.gendan.credit.CreditHoldReleaseProcess.Variables.AMOUNT;
import static com.gendan.credit.CreditHoldReleaseProcess.Variables.CUSTOMER_NAME;
import static com.gendan.credit.CreditHoldReleaseProcess.Variables.ORDER_NUMBER;
import static com.gendan.credit.CreditHoldReleaseProcess.Variables.REASON;
import static com.gendan.credit.CreditHoldReleaseProcess.Variables.RELEASE_ID;
import static com.gendan.credit.CreditHoldReleaseProcess.Variables.RELEASE_NUMBER;
import static com.gendan.credit.CreditHoldReleaseProcess.Variables.RELEASE_SUMMARY;
import static com.gendan.credit.CreditHoldReleaseProcess.Variables.VALID_UNTIL;

import com.gendan.problem.FieldProblem;
import com.gendan.process.Actors;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.scope.CustomerScope;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step: a request made in Tasklist (the start form) is checked and registered; one made
 * through the API is registered already and only linked. The process is keyed by the request's
 * number and the approvers' forms get its summary.
 */
@Component(CreditHoldReleaseProcess.Beans.REGISTER_RELEASE)
class RegisterCreditHoldRelease implements JavaDelegate {

  private final CreditHoldReleases releases;
  private final FormLabels formLabels;

  RegisterCreditHoldRelease(CreditHoldReleases releases, FormLabels formLabels) {
    this.releases = releases;
    this.formLabels = formLabels;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long releaseId = RELEASE_ID.get(execution);
    CreditHoldRelease release =
        releaseId == null ? registerFromStartForm(execution) : releases.load(releaseId);
    releases.linkProcess(release.id(), execution.getProcessInstanceId());
    RELEASE_ID.set(execution, release.id());
    RELEASE_NUMBER.set(execution, release.releaseNumber());
    RELEASE_SUMMARY.set(execution, releases.summary(release));
    // the task cards show the release, the order and the customer (an API request set neither)
    CreditHoldReleaseView view = releases.view(release);
    ORDER_NUMBER.set(execution, view.orderNumber());
    CUSTOMER_NAME.set(execution, view.customerName());
    execution.setProcessBusinessKey(release.releaseNumber());
  }

  private CreditHoldRelease registerFromStartForm(DelegateExecution execution) {
    return InvalidTaskInputException.translating(
        formLabels.ofStart(execution)::of,
        () -> {
          List<FieldProblem> unreadable = new ArrayList<>();
          ReleaseRequest request =
              new ReleaseRequest(
                  ORDER_NUMBER.get(execution),
                  AMOUNT.read(execution, false, null, unreadable),
                  REASON.get(execution),
                  VALID_UNTIL.read(execution, false, null, unreadable));
          Long customerId = CustomerScope.customerId(execution);
          List<FieldProblem> problems = new ArrayList<>(unreadable);
          releases.problemsOf(request, customerId).stream()
              .filter(p -> unreadable.stream().noneMatch(u -> u.field().equals(p.field())))
              .forEach(problems::add);
          if (!problems.isEmpty()) {
            throw new InvalidTaskInputException(problems);
          }
          // the customer scope refused a starter who does not serve the customer
          return releases.request(
              request, customerId, any -> true, Actors.currentUserOr(Actors.SYSTEM));
        });
  }
}
