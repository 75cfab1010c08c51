package com.gendan.deployment;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts the model conventions in front of every deployment ({@link ModelConventionsGuard}): the
 * application's own models at startup, a process owner's from Camunda Modeler, anyone's through the
 * engine REST API or Java API; and keeps a process owner's newer models the latest when a release
 * deploys the application's own ({@link OwnersModelsKept}).
 */
@Component
class ModelConventionsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(new ModelConventionsGuard());
    configuration.getCustomPreDeployers().add(new OwnersModelsKept());
  }
}
