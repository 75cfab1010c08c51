package com.gendan.security;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * Adds Camunda GRANT authorizations idempotently: an existing grant for the same group or user,
 * resource and resource id is widened instead of duplicated. Gendan never writes revokes; what a
 * user may only read is narrowed to exactly that ({@link #onlyToUser}).
 */
@Component
public class Grants {

  private final AuthorizationService authorizationService;

  /** Also for the engine's own steps that run while the engine is built (model parsing). */
  public Grants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void toGroup(
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(groupId, null, resource, resourceId, permissions);
  }

  public void toUser(
      String userId, Resource resource, String resourceId, Permission... permissions) {
    grant(null, userId, resource, resourceId, permissions);
  }

  /**
   * Leaves the user exactly these permissions on one resource, and no one else any: for what Gendan
   * keeps for a single user who may not change it (her Tasklist filters, on which the engine gives
   * their owner ALL). Other users' and groups' grants on it are deleted, so one left from an
   * earlier owner goes too.
   */
  public void onlyToUser(
      String userId, Resource resource, String resourceId, Permission... permissions) {
    int exactly =
        Arrays.stream(permissions).mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
    runWithoutAuthorization(
        () -> {
          Authorization own = null;
          for (Authorization authorization :
              authorizationService
                  .createAuthorizationQuery()
                  .resourceType(resource)
                  .resourceId(resourceId)
                  .list()) {
            if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                && userId.equals(authorization.getUserId())) {
              own = authorization;
            } else {
              authorizationService.deleteAuthorization(authorization.getId());
            }
          }
          if (own == null) {
            own = newGrant(null, userId, resource, resourceId);
          } else if (((AuthorizationEntity) own).getPermissions() == exactly) {
            return;
          }
          own.setPermissions(permissions);
          authorizationService.saveAuthorization(own);
        });
  }

  private void grant(
      String groupId,
      String userId,
      Resource resource,
      String resourceId,
      Permission... permissions) {
    Runnable work =
        () -> {
          var query =
              authorizationService
                  .createAuthorizationQuery()
                  .authorizationType(Authorization.AUTH_TYPE_GRANT)
                  .resourceType(resource)
                  .resourceId(resourceId);
          Authorization authorization =
              (groupId != null ? query.groupIdIn(groupId) : query.userIdIn(userId)).singleResult();
          if (authorization == null) {
            authorization = newGrant(groupId, userId, resource, resourceId);
          } else if (grantsAll(authorization, permissions)) {
            return;
          }
          for (Permission permission : permissions) {
            authorization.addPermission(permission);
          }
          authorizationService.saveAuthorization(authorization);
        };
    runWithoutAuthorization(work);
  }

  private Authorization newGrant(
      String groupId, String userId, Resource resource, String resourceId) {
    Authorization authorization =
        authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.setGroupId(groupId);
    authorization.setUserId(userId);
    return authorization;
  }

  private static boolean grantsAll(Authorization authorization, Permission[] permissions) {
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Inside an engine command (a listener) the grant is the engine's own act, not the acting user's:
   * the user starting a process may not administer authorizations.
   */
  private static void runWithoutAuthorization(Runnable work) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      work.run();
    } else {
      commandContext.runWithoutAuthorization(
          () -> {
            work.run();
            return null;
          });
    }
  }
}
