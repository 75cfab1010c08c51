package com.gendan.scope;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerSaved;
import com.gendan.customer.CustomerView;
import com.gendan.process.EngineActions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Each customer is a Camunda tenant, and the customer's assistant and sales rep are its members. A
 * customer-scoped instance runs in its customer's tenant ({@link CustomerTenantIdProvider}), so the
 * engine's tenant check shows assistants and reps only their customers' instances, tasks and
 * history, at no cost per instance: what a user sees follows from a handful of membership rows, not
 * from grants written for every instance and task. Roles that serve every customer are not held to
 * the tenant check at all ({@link TenantCheckExemption}).
 *
 * <p>The tenant follows the customer: created with it, renamed with it, and its members changed in
 * the same transaction as its team. At every start all tenants are brought up to date, which also
 * creates them for customers that existed before the tenants did.
 */
@Component
public class CustomerTenants {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerTenants.class);
  private static final String PREFIX = "customer";

  /** The tenant of work for no single customer, which only roles serving every customer see. */
  public static final String DEPARTMENT = "department";

  private static final String DEPARTMENT_NAME = "部门内部事务";

  private final IdentityService identityService;
  private final CustomerDirectory customers;
  private final EngineActions engine;

  CustomerTenants(
      IdentityService identityService, CustomerDirectory customers, EngineActions engine) {
    this.identityService = identityService;
    this.customers = customers;
    this.engine = engine;
  }

  /** The tenant of a customer's instances (letters and digits only, as Camunda requires). */
  public static String tenantId(long customerId) {
    return PREFIX + customerId;
  }

  /** The customer whose tenant {@code tenantId} is; empty for the department's or no tenant. */
  public static Optional<Long> customerIdOf(String tenantId) {
    if (tenantId == null
        || !tenantId.startsWith(PREFIX)
        || tenantId.length() == PREFIX.length()
        || tenantId.length() > PREFIX.length() + 18
        || !tenantId.substring(PREFIX.length()).chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(tenantId.substring(PREFIX.length())));
  }

  @EventListener
  void onCustomerSaved(CustomerSaved event) {
    engine.asEngine(
        () ->
            sync(
                event.customer(),
                tenantId -> identityService.createTenantQuery().tenantId(tenantId).singleResult(),
                userId -> identityService.createUserQuery().userId(userId).count() > 0));
  }

  /** After the demo data and the identity are in place: every customer has its tenant. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void syncAll() {
    engine.asEngine(
        () -> {
          List<CustomerView> all = customers.all();
          Map<String, Tenant> tenants = existingTenants();
          Set<String> users = existingUsers();
          all.forEach(customer -> sync(customer, tenants::get, users::contains));
          if (identityService.createTenantQuery().tenantId(DEPARTMENT).count() == 0) {
            Tenant department = identityService.newTenant(DEPARTMENT);
            department.setName(DEPARTMENT_NAME);
            identityService.saveTenant(department);
          }
          LOG.info("customer tenants up to date: {}", all.size());
        });
  }

  /** Members are users that exist: a customer may name a user who has not been created yet. */
  private void sync(
      CustomerView customer, Function<String, Tenant> tenants, Predicate<String> userExists) {
    String tenantId = tenantId(customer.id());
    String name = customer.code() + " " + customer.chineseName();
    Tenant tenant = tenants.apply(tenantId);
    if (tenant == null) {
      tenant = identityService.newTenant(tenantId);
    }
    if (!name.equals(tenant.getName())) {
      tenant.setName(name);
      identityService.saveTenant(tenant);
    }
    Set<String> wanted =
        Stream.of(customer.assistantUserId(), customer.salesRepUserId())
            .filter(Objects::nonNull)
            .filter(userExists)
            .collect(Collectors.toSet());
    Set<String> members =
        new HashSet<>(
            identityService.createUserQuery().memberOfTenant(tenantId).list().stream()
                .map(User::getId)
                .toList());
    members.stream()
        .filter(userId -> !wanted.contains(userId))
        .forEach(userId -> identityService.deleteTenantUserMembership(tenantId, userId));
    wanted.stream()
        .filter(userId -> !members.contains(userId))
        .forEach(userId -> identityService.createTenantUserMembership(tenantId, userId));
  }

  private Map<String, Tenant> existingTenants() {
    return identityService.createTenantQuery().list().stream()
        .filter(tenant -> tenant.getId().startsWith(PREFIX))
        .collect(Collectors.toMap(Tenant::getId, Function.identity()));
  }

  private Set<String> existingUsers() {
    return identityService.createUserQuery().list().stream()
        .map(User::getId)
        .collect(Collectors.toSet());
  }
}
