package com.gendan.scope;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import com.gendan.process.BuiltInListeners;

/**
 * Attaches the customer scope to every deployed process, so that no model can forget it: a start
 * listener on each process and a create listener on each user task.
 */
@Component
class CustomerScopePlugin extends AbstractProcessEnginePlugin {

  private final CustomerScopeGrants scopeGrants;

  /** Lazy: the grants need engine services, which exist only after this plugin has run. */
  CustomerScopePlugin(@Lazy CustomerScopeGrants scopeGrants) {
    this.scopeGrants = scopeGrants;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BuiltInListeners.onEveryProcessStart(configuration, scopeGrants::onProcessStart);
    BuiltInListeners.onEveryUserTask(configuration, TaskListener.EVENTNAME_CREATE,
        scopeGrants::onTaskCreate);
  }
}
