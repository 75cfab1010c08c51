package com.gendan.customer;

import com.gendan.data.Codes;
import com.gendan.identity.Role;
import com.gendan.problem.ForbiddenException;
import com.gendan.security.CurrentUser;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Read-only access to customers for other packages (processes, delegates, reports). It checks no
 * permissions: callers that serve a user must apply the customer scope themselves (see {@link
 * CustomerTeams}).
 *
 * <p>Customers by id are kept for a minute: a process reads its customer at nearly every step
 * (review, mails, documents, shipment), three queries each (the customer, contacts, addresses). A
 * customer saved through {@link CustomerService} is dropped at once and again when its transaction
 * ends, so this application never reads an older version after the change; a change made around it
 * (another node, SQL) shows within the minute.
 */
@Service
@Transactional(readOnly = true)
public class CustomerDirectory implements CustomerTeams {

  static final Duration KEPT_FOR = Duration.ofMinutes(1);

  private final CustomerRepository customers;
  private final Cache<Long, CustomerView> byId =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(KEPT_FOR).build();

  CustomerDirectory(CustomerRepository customers) {
    this.customers = customers;
  }

  /** Every customer, by code. */
  public List<CustomerView> all() {
    return customers.findAllByOrderByCodeAsc().stream().map(Customer::toView).toList();
  }

  public Optional<CustomerView> findById(long customerId) {
    // a customer that does not exist is not kept (Caffeine keeps no null)
    return Optional.ofNullable(
        byId.get(customerId, id -> customers.findById(id).map(Customer::toView).orElse(null)));
  }

  /** Drops the saved customer now and when its transaction ends (a reader may load it between). */
  @EventListener
  void onCustomerSaved(CustomerSaved saved) {
    long id = saved.customer().id();
    byId.invalidate(id);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              byId.invalidate(id);
            }
          });
    }
  }

  public Optional<CustomerView> findByCode(String code) {
    return customers.findByCode(Codes.normalized(code)).map(Customer::toView);
  }

  /**
   * Refuses a user who does not serve the customer (its assistant or sales rep, or someone who sees
   * all customers) access to its {@code documents}, e.g. "报价".
   */
  public void requireServes(CurrentUser user, CustomerView customer, String documents) {
    CustomerTeam team = customer.team();
    if (!team.isServedBy(user)) {
      throw new ForbiddenException(team.refusal(documents));
    }
  }

  /**
   * Whether the user may see the customer's documents (its assistant or sales rep, or someone who
   * sees every customer). A customer that does not exist is served by no one.
   */
  public boolean serves(CurrentUser user, long customerId) {
    return findById(customerId).map(customer -> customer.team().isServedBy(user)).orElse(false);
  }

  /**
   * Whether the user may read a document of the customer: serves it ({@link #serves}), or is in one
   * of the {@code departments} the document is addressed to (production reads its production plan
   * orders, the warehouse its stock preparation notices), which serve every customer.
   */
  public boolean mayRead(CurrentUser user, long customerId, Role... departments) {
    return Arrays.stream(departments).anyMatch(user::hasRole) || serves(user, customerId);
  }

  /**
   * The customers whose documents a list may show the user, narrowed to the one with {@code code}
   * when given: empty when that customer does not exist or is not the user's, so a list never tells
   * another team's customers from customers that do not exist.
   */
  public CustomerSelection readableBy(CurrentUser user, String code) {
    if (code != null && !code.isBlank()) {
      return CustomerSelection.of(
          teamOfCode(code)
              .filter(team -> team.isServedBy(user))
              .map(team -> List.of(team.customerId()))
              .orElse(List.of()));
    }
    return user.seesAllCustomers()
        ? CustomerSelection.everyCustomer()
        : CustomerSelection.of(customers.idsServedBy(user.userId()));
  }

  @Override
  public Optional<CustomerTeam> teamOf(long customerId) {
    return findById(customerId).map(CustomerView::team);
  }

  @Override
  public Optional<CustomerTeam> teamOfCode(String code) {
    return customers.findTeamByCode(Codes.normalized(code));
  }
}
