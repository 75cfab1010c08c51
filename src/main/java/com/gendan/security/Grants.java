package com.gendan.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Adds Camunda GRANT authorizations idempotently: an existing grant for the same group or user,
 * resource and resource id is widened instead of duplicated. Gendan never writes revokes.
 */
@Component
public class Grants {

  private final AuthorizationService authorizationService;

  Grants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void toGroup(String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    grant(groupId, null, resource, resourceId, permissions);
  }

  public void toUser(String userId, Resource resource, String resourceId,
      Permission... permissions) {
    grant(null, userId, resource, resourceId, permissions);
  }

  private void grant(String groupId, String userId, Resource resource, String resourceId,
      Permission... permissions) {
    Runnable work = () -> {
      var query = authorizationService.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT)
          .resourceType(resource).resourceId(resourceId);
      Authorization authorization = (groupId != null ? query.groupIdIn(groupId)
          : query.userIdIn(userId)).singleResult();
      if (authorization == null) {
        authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.setGroupId(groupId);
        authorization.setUserId(userId);
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

  private static boolean grantsAll(Authorization authorization, Permission[] permissions) {
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Inside an engine command (a listener) the grant is the engine's own act, not the acting
   * user's: the user starting a process may not administer authorizations.
   */
  private static void runWithoutAuthorization(Runnable work) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      work.run();
    } else {
      commandContext.runWithoutAuthorization(() -> {
        work.run();
        return null;
      });
    }
  }
}
