package com.gendan.security;

import com.gendan.identity.Role;
import com.gendan.problem.ForbiddenException;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The user behind the current request to Gendan's API or the engine REST API, with the Camunda
 * groups and tenants it belongs to: what the engine is told the request runs as.
 *
 * @param tenantIds the tenants of the user and of its groups, as Camunda's own REST authentication
 *     computes them
 */
public record CurrentUser(String userId, List<String> groupIds, List<String> tenantIds)
    implements AuthenticatedPrincipal {

  public CurrentUser {
    groupIds = List.copyOf(groupIds);
    tenantIds = List.copyOf(tenantIds);
  }

  /** A user of no tenant. */
  public CurrentUser(String userId, List<String> groupIds) {
    this(userId, groupIds, List.of());
  }

  /** The user id: Spring Security names the request's principal by it. */
  @Override
  public String getName() {
    return userId;
  }

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
    return groupIds.stream()
        .map(Role::ofGroupId)
        .flatMap(java.util.Optional::stream)
        .anyMatch(Role::seesAllCustomers);
  }
}
