package com.gendan.security;

import java.util.ArrayList;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The hardening from Camunda's security instructions, applied in code so that no property file can
 * switch it off by accident. Operational limits (query result limit, history cleanup window) stay
 * in application.yaml.
 */
@Component
class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

  static final String GROUP_ID_PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Reading a variable needs READ_VARIABLE, not just READ on the task or instance.
    configuration.setEnforceSpecificVariablePermission(true);
    configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
    // Filters and ad-hoc queries must not evaluate expressions built from user input.
    configuration.setEnableExpressionsInStoredQueries(false);
    configuration.setEnableExpressionsInAdhocQueries(false);
    // The role ids are kebab-case (sales-assistant); Camunda's default allows letters and digits.
    configuration.setGroupResourceWhitelistPattern(GROUP_ID_PATTERN);
    configuration.setWebappsAuthenticationLoggingEnabled(true);
    configuration.setEnablePasswordPolicy(true);
    configuration.setEnforceHistoryTimeToLive(true);
    // Java serialization of variables is an attack surface Gendan does not need.
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setCmmnEnabled(false);
    // The HTTP layer answers a failed command by what failed (EngineErrorResponses).
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(0, CommandFailures.interceptor());
    configuration.setStandaloneTasksEnabled(false);
  }
}
