package com.gendan.security;

import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Who the engine counts as an admin: its admin users and the members of its admin groups. */
final class EngineAdmins {

  private EngineAdmins() {}

  static boolean isAdmin(
      ProcessEngineConfigurationImpl configuration, String userId, List<String> groupIds) {
    return configuration.getAdminUsers().contains(userId)
        || groupIds != null && !Collections.disjoint(configuration.getAdminGroups(), groupIds);
  }
}
