package com.gendan.security;

import java.util.Arrays;
import java.util.List;

import com.gendan.identity.Role;
import com.gendan.web.ForbiddenException;

/**
 * The user behind the current request to Gendan's API, with the Camunda groups it belongs to.
 */
public record CurrentUser(String userId, List<String> groupIds) {

  public boolean hasRole(Role role) {
    return groupIds.contains(role.groupId());
  }

  /**
   * Refuses (403, with the message) a user who has none of the roles; administrators may do
   * everything.
   */
  public void requireAnyRole(String message, Role... roles) {
    if (!hasRole(Role.ADMIN) && Arrays.stream(roles).noneMatch(this::hasRole)) {
      throw new ForbiddenException(message);
    }
  }

  /** Whether this user may see the documents of a customer served by the given team. */
  public boolean serves(String assistantUserId, String salesRepUserId) {
    return seesAllCustomers() || userId.equals(assistantUserId) || userId.equals(salesRepUserId);
  }

  /** Managers, finance, top management, auditors and admins see every customer's documents. */
  public boolean seesAllCustomers() {
    return groupIds.stream().map(Role::ofGroupId).flatMap(java.util.Optional::stream)
        .anyMatch(Role::seesAllCustomers);
  }
}
