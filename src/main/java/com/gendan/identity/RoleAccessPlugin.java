package com.gendan.identity;

import com.gendan.process.BuiltInListeners;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Access by role, with nothing written per instance or task: the engine writes no per-task grants
 * ({@link RoleWideAuthorizationProvider}), history is read by the process definitions' grants (no
 * per-instance history grants), and departments get the grants of the processes that route work to
 * them as the models are deployed ({@link RoutedTaskGrants}).
 */
@Component
class RoleAccessPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new RoleWideAuthorizationProvider());
    configuration.setEnableHistoricInstancePermissions(false);
    BuiltInListeners.add(configuration, new RoutedTaskGrants());
  }
}
