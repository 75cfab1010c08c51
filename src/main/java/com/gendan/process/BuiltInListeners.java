package com.gendan.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Attaches a cross-cutting rule to every deployed process or user task, from an engine plugin's
 * {@code preInit}, so that no model can forget it. Built-in listeners are code, not model elements:
 * they run before the model's own listeners and do not show up in Modeler.
 */
public final class BuiltInListeners {

  private BuiltInListeners() {}

  /** {@code listener} on every process's start. */
  public static void onEveryProcessStart(
      ProcessEngineConfigurationImpl configuration, ExecutionListener listener) {
    add(
        configuration,
        new AbstractBpmnParseListener() {
          @Override
          public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
            definition.addBuiltInListener(ExecutionListener.EVENTNAME_START, listener);
          }
        });
  }

  /** {@code listener} on every user task, for {@code eventName} (create, complete, …). */
  public static void onEveryUserTask(
      ProcessEngineConfigurationImpl configuration, String eventName, TaskListener listener) {
    add(
        configuration,
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(
              Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior())
                .getTaskDefinition()
                .addBuiltInTaskListener(eventName, listener);
          }
        });
  }

  /** A parse listener of its own, run after the engine's, on every deployed process. */
  public static void add(
      ProcessEngineConfigurationImpl configuration, AbstractBpmnParseListener parseListener) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(parseListener);
  }
}
