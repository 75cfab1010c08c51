package com.gendan.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Names and mail addresses of the people in the Camunda identity, for mails and documents. Used by
 * the engine's own threads too, so it reads without authorization checks applying to a user.
 */
@Component
public class PeopleDirectory {

  /** Queries by a logged-in user must be paged (engine hardening); no role is this large. */
  private static final int MAX_GROUP_SIZE = 500;

  /**
   * The identity user info key naming an assistant's own sales manager (第一章: each assistant reports
   * to her own sales manager): the reviews of her conduct go to that manager.
   */
  public static final String SALES_MANAGER_INFO = "salesManager";

  private final IdentityService identityService;

  PeopleDirectory(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** "刘 洋" is stored as first name 刘, last name 洋 (see IdentityBootstrap); shown as 刘洋. */
  public String displayName(String userId) {
    return user(userId).map(PeopleDirectory::displayName).orElse(userId);
  }

  /**
   * Display names as {@link #displayName}, each user looked up once: for a list or report that
   * names the same people many times. Null for no user. Not to be kept beyond the request.
   */
  public UnaryOperator<String> namesLookedUpOnce() {
    Map<String, String> names = new HashMap<>();
    return userId -> userId == null ? null : names.computeIfAbsent(userId, this::displayName);
  }

  public Optional<String> email(String userId) {
    return user(userId).map(User::getEmail).filter(e -> e != null && !e.isBlank());
  }

  /** The user's address as a recipient list, empty when the user has none. */
  public List<String> emailOf(String userId) {
    return email(userId).map(List::of).orElse(List.of());
  }

  public List<String> emailsOfGroup(String groupId) {
    return identityService
        .createUserQuery()
        .memberOfGroup(groupId)
        .listPage(0, MAX_GROUP_SIZE)
        .stream()
        .map(User::getEmail)
        .filter(Objects::nonNull)
        .filter(e -> !e.isBlank())
        .toList();
  }

  /** The user's own sales manager (user info {@value #SALES_MANAGER_INFO}), when one is set. */
  public Optional<String> salesManagerOf(String userId) {
    return userId == null
        ? Optional.empty()
        : Optional.ofNullable(identityService.getUserInfo(userId, SALES_MANAGER_INFO))
            .map(String::strip)
            .filter(id -> !id.isEmpty());
  }

  /** Whether the user exists and is a member of the role's group. */
  public boolean hasRole(String userId, Role role) {
    return userId != null
        && identityService.createUserQuery().userId(userId).memberOfGroup(role.groupId()).count()
            > 0;
  }

  public String roleName(String groupId) {
    return Role.ofGroupId(groupId).map(Role::chineseName).orElse(groupId);
  }

  private Optional<User> user(String userId) {
    return userId == null
        ? Optional.empty()
        : Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult());
  }

  private static String displayName(User user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName();
    String last = user.getLastName() == null ? "" : user.getLastName();
    String name = (first + last).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
