package com.gendan.scope;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Attaches the customer scope to every deployed process, so that no model can forget it: a start
 * listener on each process and a create listener on each user task. The listeners
 * are code, not model elements, and do not show up in Modeler.
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
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new ScopeParseListener());
  }

  private class ScopeParseListener extends AbstractBpmnParseListener {

    private final ExecutionListener onStart = scopeGrants::onProcessStart;
    private final TaskListener onCreate = scopeGrants::onTaskCreate;

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, onStart);
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition taskDefinition =
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
    }
  }
}
