package com.gendan.orderchange;

import static com.gendan.orderchange.OrderChangeProcess.Variables.CHANGE_REQUEST_ID;
import static com.gendan.orderchange.OrderChangeProcess.Variables.CUSTOMER_TIER;
import static com.gendan.orderchange.OrderChangeProcess.Variables.IMPACT_SUMMARY;
import static com.gendan.orderchange.OrderChangeProcess.Variables.TOTAL_IMPACT_COST;
import static com.gendan.orderchange.OrderChangeProcess.Variables.URGENT_DEMAND;
import static com.gendan.orderchange.OrderChangeProcess.Variables.URGENT_DEMAND_SUMMARY;

import com.gendan.customer.CustomerDirectory;
import com.gendan.process.Actors;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every department answered: the decision table's inputs, the signers' summary, and whether the
 * change is an urgent demand top management decides first.
 */
@Component(OrderChangeProcess.Beans.SUM_UP_IMPACT)
class SumUpChangeImpact implements JavaDelegate {

  private final ChangeRequests requests;
  private final CustomerDirectory customers;

  SumUpChangeImpact(ChangeRequests requests, CustomerDirectory customers) {
    this.requests = requests;
    this.customers = customers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long requestId = CHANGE_REQUEST_ID.require(execution);
    ChangeRequests.SignOff signOff =
        requests.toSignOff(
            requestId,
            customers.findById(requests.load(requestId).customerId()).orElseThrow(),
            Actors.SYSTEM);
    TOTAL_IMPACT_COST.set(execution, signOff.totalCost().doubleValue());
    CUSTOMER_TIER.set(execution, signOff.customerTier().toLowerCase(Locale.ROOT));
    IMPACT_SUMMARY.set(execution, signOff.summary());
    Optional<String> urgentDemand = requests.urgentDemand(requestId);
    URGENT_DEMAND.set(execution, urgentDemand.isPresent());
    URGENT_DEMAND_SUMMARY.set(execution, urgentDemand.orElse(null));
  }
}
