package com.gendan.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Lets a user task's model say that its form opens blank ({@link FormsOpenBlank}). */
@Component
public class FormsOpenBlankPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BuiltInListeners.add(configuration, new FormsOpenBlank());
  }
}
