package com.gendan.customer;

import com.gendan.audit.DocumentReadLog;
import com.gendan.audit.ReadDocument;
import com.gendan.identity.Role;
import com.gendan.problem.ConflictException;
import com.gendan.problem.ForbiddenException;
import com.gendan.problem.InvalidRequestException;
import com.gendan.problem.NotFoundException;
import com.gendan.product.CurrencyProperties;
import com.gendan.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer API's use cases, with the confidentiality and edit rules of {@link CustomerAccess}.
 * Every read of a customer is logged; every changed field is kept in the change log.
 */
@Service
@Transactional
class CustomerService {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerService.class);
  static final String DUPLICATE_CODE = "客户编号已存在（不区分大小写）";

  private final CustomerRepository customers;
  private final CustomerChangeRepository changeLog;
  private final CustomerRules rules;
  private final CurrencyProperties currencies;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  private final DocumentReadLog readLog;
  private final CreditTermsApprovals creditTermsApprovals;
  private final CustomerUpdates customerUpdates;

  CustomerService(
      CustomerRepository customers,
      CustomerChangeRepository changeLog,
      CustomerRules rules,
      CurrencyProperties currencies,
      ApplicationEventPublisher events,
      Clock clock,
      DocumentReadLog readLog,
      CreditTermsApprovals creditTermsApprovals,
      CustomerUpdates customerUpdates) {
    this.readLog = readLog;
    this.customerUpdates = customerUpdates;
    this.creditTermsApprovals = creditTermsApprovals;
    this.customers = customers;
    this.changeLog = changeLog;
    this.rules = rules;
    this.currencies = currencies;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<CustomerView> list(CurrentUser user) {
    List<Customer> visible =
        user.seesAllCustomers()
            ? customers.findAllByOrderByCodeAsc()
            : customers.findByAssistantUserIdOrSalesRepUserIdOrderByCodeAsc(
                user.userId(), user.userId());
    LOG.info("Customer list ({} customers) read by {}", visible.size(), user.userId());
    return visible.stream().map(Customer::toView).toList();
  }

  @Transactional(readOnly = true)
  CustomerView get(long id, CurrentUser user) {
    CustomerView customer = readable(id, user);
    readLog.record(user, id, ReadDocument.CUSTOMER, customer.code());
    return customer;
  }

  @Transactional(readOnly = true)
  List<CustomerChangeView> changes(long id, CurrentUser user) {
    CustomerView customer = readable(id, user);
    readLog.record(user, id, ReadDocument.CUSTOMER_CHANGES, customer.code());
    return changeLog.findByCustomerIdOrderByChangedAtAscIdAsc(id).stream()
        .map(CustomerChange::toView)
        .toList();
  }

  CustomerView create(CustomerRequest request, CurrentUser user) {
    if (!CustomerAccess.canCreate(user)) {
      throw new ForbiddenException("只有业务主管或系统管理员可以新建客户");
    }
    CustomerRequest customer = request.withDefaultCurrency(currencies.defaultCurrency());
    InvalidRequestException.throwIfAny(rules.check(customer, null));
    if (customers.existsByCode(customer.code())) {
      throw ConflictException.duplicate("code", DUPLICATE_CODE);
    }
    Customer created = saveAndFlush(new Customer(customer, user.userId(), clock.instant()));
    LOG.info("Customer {} ({}) created by {}", created.getId(), customer.code(), user.userId());
    CustomerView saved = created.toView();
    events.publishEvent(new CustomerSaved(saved));
    return saved;
  }

  /**
   * What a change did: the customer as it is now and, when someone other than finance changed its
   * credit terms, the request for finance to approve (the terms are then left as they were).
   */
  record Update(CustomerView customer, CreditTermsRequestView creditTermsRequest) {}

  Update update(long id, CustomerRequest request, CurrentUser user) {
    Customer customer = customers.findById(id).orElseThrow(() -> notFound(id));
    CustomerView before = customer.toView();
    Set<CustomerField.Group> writable = CustomerAccess.writableGroups(user, before);
    if (writable.isEmpty()) {
      throw new ForbiddenException("您无权修改该客户的资料");
    }
    CustomerRequest after = request.withDefaultCurrency(currencies.defaultCurrency());
    List<CustomerField.Change> changes = CustomerField.changes(before, after);
    String forbidden =
        changes.stream()
            .map(CustomerField.Change::field)
            .filter(field -> !writable.contains(field.group()))
            .map(CustomerField::label)
            .collect(Collectors.joining("、"));
    if (!forbidden.isEmpty()) {
      throw new ForbiddenException("您无权修改该客户的：" + forbidden);
    }
    InvalidRequestException.throwIfAny(rules.check(after, before));
    if (!after.code().equals(before.code()) && customers.existsByCodeAndIdNot(after.code(), id)) {
      throw ConflictException.duplicate("code", DUPLICATE_CODE);
    }
    CreditTermsRequestView termsRequest = null;
    if (!user.hasRole(Role.FINANCE) && changes.stream().anyMatch(c -> c.field().isCreditTerms())) {
      // SPEC D13: credit terms change only with finance's approval; the rest applies now
      CreditTerms current = CreditTerms.of(before);
      termsRequest =
          creditTermsApprovals.request(id, current, CreditTerms.of(after), user.userId());
      after = after.withCreditTerms(current);
      changes = CustomerField.changes(before, after);
    }
    customerUpdates.apply(customer, after, user.userId());
    return new Update(customer.toView(), termsRequest);
  }

  private CustomerView readable(long id, CurrentUser user) {
    CustomerView customer =
        customers.findById(id).map(Customer::toView).orElseThrow(() -> notFound(id));
    if (!CustomerAccess.canRead(user, customer)) {
      throw new ForbiddenException("您无权查看该客户的资料");
    }
    return customer;
  }

  /** Flushes so that a code taken by a concurrent request is a 409, not a failed commit. */
  private Customer saveAndFlush(Customer customer) {
    try {
      return customers.saveAndFlush(customer);
    } catch (DataIntegrityViolationException e) {
      throw ConflictException.duplicate("code", DUPLICATE_CODE);
    }
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("客户不存在：" + id);
  }
}
