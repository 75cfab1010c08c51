package com.gendan.scope;

import com.gendan.customer.CustomerTeam;
import com.gendan.customer.CustomerTeams;
import com.gendan.identity.Role;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.security.CurrentUser;
import com.gendan.security.ExplainedRefusal;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * At the start of a customer-scoped instance: refuses a starter who does not serve the customer,
 * and puts the customer's id, assistant and sales rep into the instance for the model to route work
 * with. Who may see the instance follows from its tenant ({@link CustomerTenants}).
 */
@Component
class CustomerScopeStart {

  private final CustomerTeams customerTeams;
  private final IdentityService identityService;

  CustomerScopeStart(CustomerTeams customerTeams, IdentityService identityService) {
    this.customerTeams = customerTeams;
    this.identityService = identityService;
  }

  void onProcessStart(DelegateExecution execution) {
    Long customerId = CustomerScope.customerId(execution);
    String customerCode = CustomerScope.customerCode(execution);
    CustomerTeam team;
    if (customerId != null) {
      team =
          customerTeams
              .teamOf(customerId)
              .orElseThrow(
                  () ->
                      new InvalidTaskInputException(
                          CustomerScope.CUSTOMER_ID, "客户 " + customerId + " 不存在"));
    } else if (customerCode != null) {
      team =
          customerTeams
              .teamOfCode(customerCode)
              .orElseThrow(
                  () -> new InvalidTaskInputException("客户编号", "客户 " + customerCode + " 不存在"));
      execution.setVariable(CustomerScope.CUSTOMER_ID, team.customerId());
    } else {
      return;
    }
    requireStarterServes(execution, team);
    execution.setVariable(CustomerScope.CUSTOMER_ASSISTANT, team.assistantUserId());
    execution.setVariable(CustomerScope.CUSTOMER_SALES_REP, team.salesRepUserId());
  }

  /**
   * The departments (quality, production, warehouse, purchasing) serve every customer: one of them
   * may start a customer's work where {@code gendan.access.process-starters} lets it (quality
   * registers complaints).
   */
  private static boolean servesEveryCustomer(CurrentUser user) {
    return user.groupIds().stream()
        .map(Role::ofGroupId)
        .flatMap(Optional::stream)
        .anyMatch(Role::isDepartment);
  }

  /**
   * A user may start work only for a customer they serve, whichever way the process is started
   * (Gendan's API, Tasklist's start form, the REST API). A start by the engine itself (no user) is
   * not checked. Refused as an authorization failure (403), before anything is registered.
   */
  private void requireStarterServes(DelegateExecution execution, CustomerTeam team) {
    Authentication starter = identityService.getCurrentAuthentication();
    if (starter == null || starter.getUserId() == null) {
      return;
    }
    CurrentUser user =
        new CurrentUser(
            starter.getUserId(), starter.getGroupIds() == null ? List.of() : starter.getGroupIds());
    if (!team.isServedBy(user) && !servesEveryCustomer(user)) {
      var definition = ((ExecutionEntity) execution).getProcessDefinition();
      throw new ExplainedRefusal(
          team.refusal(definition.getName() != null ? definition.getName() : definition.getKey()));
    }
  }
}
