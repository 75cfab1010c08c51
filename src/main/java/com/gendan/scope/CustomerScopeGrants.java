package com.gendan.scope;

import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

import com.gendan.customer.CustomerTeam;
import com.gendan.customer.CustomerTeams;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.security.CurrentUser;
import com.gendan.security.ExplainedRefusal;
import com.gendan.security.Grants;

/** Grants the customer's team read access to a customer-scoped instance and its tasks. */
@Component
class CustomerScopeGrants {

  private final CustomerTeams customerTeams;
  private final Grants grants;
  private final IdentityService identityService;

  CustomerScopeGrants(CustomerTeams customerTeams, Grants grants,
      IdentityService identityService) {
    this.customerTeams = customerTeams;
    this.grants = grants;
    this.identityService = identityService;
  }

  void onProcessStart(DelegateExecution execution) {
    Long customerId = CustomerScope.customerId(execution);
    String customerCode = CustomerScope.customerCode(execution);
    CustomerTeam team;
    if (customerId != null) {
      team = customerTeams.teamOf(customerId).orElseThrow(
          () -> new ProcessEngineException("customer " + customerId + " does not exist"));
    } else if (customerCode != null) {
      team = customerTeams.teamOfCode(customerCode).orElseThrow(
          () -> new InvalidTaskInputException("客户编号", "客户 " + customerCode + " 不存在"));
      execution.setVariable(CustomerScope.CUSTOMER_ID, team.customerId());
    } else {
      return;
    }
    requireStarterServes(execution, team);
    execution.setVariable(CustomerScope.CUSTOMER_ASSISTANT, team.assistantUserId());
    execution.setVariable(CustomerScope.CUSTOMER_SALES_REP, team.salesRepUserId());
    String instanceId = execution.getProcessInstanceId();
    teamOf(team).forEach(userId -> {
      grants.toUser(userId, PROCESS_INSTANCE, instanceId, Permissions.READ);
      grants.toUser(userId, HISTORIC_PROCESS_INSTANCE, instanceId,
          HistoricProcessInstancePermissions.READ);
    });
  }

  /**
   * A user may start work only for a customer they serve, whichever way the process is started
   * (Gendan's API, Tasklist's start form, the REST API). A start by the engine itself (no user)
   * is not checked. Refused as an authorization failure (403), before anything is registered.
   */
  private void requireStarterServes(DelegateExecution execution, CustomerTeam team) {
    Authentication starter = identityService.getCurrentAuthentication();
    if (starter == null || starter.getUserId() == null) {
      return;
    }
    CurrentUser user = new CurrentUser(starter.getUserId(),
        starter.getGroupIds() == null ? List.of() : starter.getGroupIds());
    if (!team.isServedBy(user)) {
      var definition = ((ExecutionEntity) execution).getProcessDefinition();
      throw new ExplainedRefusal(team.refusal(
          definition.getName() != null ? definition.getName() : definition.getKey()));
    }
  }

  /**
   * The team reads the task; someone the task is routed to (assignee, candidate user) already
   * has READ, READ_VARIABLE and TASK_WORK from the engine, created in this same command.
   */
  void onTaskCreate(DelegateTask task) {
    if (CustomerScope.customerId(task) == null) {
      return;
    }
    Set<String> routedTo = new HashSet<>();
    routedTo.add(task.getAssignee());
    task.getCandidates().stream().map(IdentityLink::getUserId).forEach(routedTo::add);
    teamOf(CustomerScope.assistant(task), CustomerScope.salesRep(task))
        .filter(userId -> !routedTo.contains(userId))
        .forEach(userId -> {
          grants.toUser(userId, TASK, task.getId(),
              TaskPermissions.READ, TaskPermissions.READ_VARIABLE);
          grants.toUser(userId, HISTORIC_TASK, task.getId(),
              HistoricTaskPermissions.READ, HistoricTaskPermissions.READ_VARIABLE);
        });
  }

  private static Stream<String> teamOf(CustomerTeam team) {
    return teamOf(team.assistantUserId(), team.salesRepUserId());
  }

  private static Stream<String> teamOf(String assistant, String salesRep) {
    return Stream.of(assistant, salesRep).filter(id -> id != null && !id.isBlank()).distinct();
  }
}
