package com.gendan.scope;

import com.gendan.customer.CustomerTeam;
import com.gendan.customer.CustomerTeams;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Puts a customer-scoped instance into its customer's tenant. The process definitions are shared
 * (deployed without a tenant); the tenant comes from the start variables {@code customerId} or
 * {@code customerCode}. A called process inherits its caller's tenant. Work for no single customer
 * (a shortage allocation across orders) runs in the department's own tenant, which assistants and
 * reps are not members of. An unknown customer is the scope's start listener's to refuse, with the
 * reason.
 */
class CustomerTenantIdProvider implements TenantIdProvider {

  private final CustomerTeams customerTeams;

  CustomerTenantIdProvider(CustomerTeams customerTeams) {
    this.customerTeams = customerTeams;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    return customerOf(ctx.getVariables())
        .map(team -> CustomerTenants.tenantId(team.customerId()))
        .orElse(CustomerTenants.DEPARTMENT);
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }

  private Optional<CustomerTeam> customerOf(VariableMap variables) {
    if (variables == null) {
      return Optional.empty();
    }
    Long customerId = CustomerScope.customerId(variables.get(CustomerScope.CUSTOMER_ID));
    if (customerId != null) {
      return customerTeams.teamOf(customerId);
    }
    String code = CustomerScope.customerCode(variables.get(CustomerScope.CUSTOMER_CODE));
    return code == null ? Optional.empty() : customerTeams.teamOfCode(code);
  }
}
