package com.gendan.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * The roles of the sales department (SPEC section 2), each a Camunda group. Candidate groups in the
 * models must be one of these ids.
 */
public enum Role {
  SALES_ASSISTANT("sales-assistant", "业助"),
  SALES_REP("sales-rep", "业务员"),
  SALES_MANAGER("sales-manager", "业务主管"),
  GENERAL_MANAGER("general-manager", "总经理"),
  FINANCE("finance", "财务"),
  PRODUCTION("production", "生产计划"),
  QUALITY("quality", "品保"),
  WAREHOUSE("warehouse", "仓储物流"),
  PURCHASING("purchasing", "采购"),
  AUDITOR("auditor", "稽核"),
  /**
   * Changes the models: deploys BPMN, DMN and forms from Camunda Modeler (checked against the model
   * conventions, com.gendan.deployment) and reads the definitions in Cockpit; no customer's work.
   */
  PROCESS_OWNER("process-owner", "流程负责人"),
  ADMIN("camunda-admin", "系统管理员");

  /** Camunda's group type for groups that stand for a job function. */
  public static final String GROUP_TYPE = "WORKFLOW";

  private final String groupId;
  private final String chineseName;

  Role(String groupId, String chineseName) {
    this.groupId = groupId;
    this.chineseName = chineseName;
  }

  public String groupId() {
    return groupId;
  }

  public String chineseName() {
    return chineseName;
  }

  /**
   * Managers, finance and top management see every customer's work; auditors read all of it.
   * Everyone else sees only what a customer scope or a task routed to them grants.
   */
  public boolean seesAllCustomers() {
    return this == SALES_MANAGER
        || this == GENERAL_MANAGER
        || this == FINANCE
        || this == AUDITOR
        || this == ADMIN;
  }

  /**
   * Assistants and reps work only for the customers they serve: the engine shows them only the
   * instances in those customers' tenants. Every other role serves every customer (a process owner
   * is held to no tenant, and is granted no customer's work at all).
   */
  public boolean limitedToOwnCustomers() {
    return this == SALES_ASSISTANT || this == SALES_REP;
  }

  /** Production, quality, warehouse and purchasing: they work what the processes route to them. */
  public boolean isDepartment() {
    return this == PRODUCTION || this == QUALITY || this == WAREHOUSE || this == PURCHASING;
  }

  /** Whether a member of these groups serves every customer (has a role not limited to some). */
  public static boolean servesEveryCustomer(Collection<String> groupIds) {
    return groupIds != null
        && groupIds.stream()
            .map(Role::ofGroupId)
            .flatMap(Optional::stream)
            .anyMatch(role -> !role.limitedToOwnCustomers());
  }

  public static Optional<Role> ofGroupId(String groupId) {
    return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
  }
}
