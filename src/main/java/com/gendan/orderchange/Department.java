package com.gendan.orderchange;

import com.gendan.identity.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The departments that state a request's impact, each a Camunda group. */
public enum Department {
  PRODUCTION(Role.PRODUCTION),
  WAREHOUSE(Role.WAREHOUSE),
  PURCHASING(Role.PURCHASING),
  FINANCE(Role.FINANCE);

  private final Role role;

  Department(Role role) {
    this.role = role;
  }

  public Role role() {
    return role;
  }

  public String groupId() {
    return role.groupId();
  }

  public String label() {
    return role.chineseName();
  }

  /** The group ids, in this order: the impact task's collection. */
  static List<String> groupIds() {
    return Arrays.stream(values()).map(Department::groupId).toList();
  }

  static Optional<Department> ofGroupId(String groupId) {
    return Arrays.stream(values()).filter(d -> d.groupId().equals(groupId)).findFirst();
  }
}
