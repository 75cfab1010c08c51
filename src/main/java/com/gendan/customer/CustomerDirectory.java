package com.gendan.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.gendan.data.Codes;
import com.gendan.security.CurrentUser;
import com.gendan.web.ForbiddenException;

/**
 * Read-only access to customers for other packages (processes, delegates, reports). It checks
 * no permissions: callers that serve a user must apply the customer scope themselves (see
 * {@link CustomerTeams}).
 */
@Service
@Transactional(readOnly = true)
public class CustomerDirectory implements CustomerTeams {

  private final CustomerRepository customers;

  CustomerDirectory(CustomerRepository customers) {
    this.customers = customers;
  }

  /** Every customer, by code. */
  public List<CustomerView> all() {
    return customers.findAllByOrderByCodeAsc().stream().map(Customer::toView).toList();
  }

  public Optional<CustomerView> findById(long customerId) {
    return customers.findById(customerId).map(Customer::toView);
  }

  public Optional<CustomerView> findByCode(String code) {
    return customers.findByCode(Codes.normalized(code)).map(Customer::toView);
  }

  /**
   * Refuses a user who does not serve the customer (its assistant or sales rep, or someone who
   * sees all customers) access to its {@code documents}, e.g. "报价".
   */
  public void requireServes(CurrentUser user, CustomerView customer, String documents) {
    CustomerTeam team = customer.team();
    if (!team.isServedBy(user)) {
      throw new ForbiddenException(team.refusal(documents));
    }
  }

  @Override
  public Optional<CustomerTeam> teamOf(long customerId) {
    return customers.findTeamById(customerId);
  }

  @Override
  public Optional<CustomerTeam> teamOfCode(String code) {
    return customers.findTeamByCode(Codes.normalized(code));
  }
}
