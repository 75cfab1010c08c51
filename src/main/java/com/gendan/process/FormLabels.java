package com.gendan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The labels of the form a task or a process start submitted, as deployed with its model: a message
 * about a field names it as the user's form does, and a label changed in the form (Modeler, a new
 * deployment) changes the message with it. Read only when a message needs a label, within the
 * listener's own engine command.
 */
@Component
public class FormLabels {

  private final DeployedFormFields forms;

  public FormLabels(DeployedFormFields forms) {
    this.forms = forms;
  }

  /** The labels of the task's form. */
  public FieldLabels ofTask(DelegateTask task) {
    String taskId = task.getId();
    return FieldLabels.readWhenNeeded(
        () -> forms.ofTask(taskId, Context.getCommandContext()).orElse(FormFields.NONE).labels());
  }

  /** The labels of the start form of the execution's process. */
  public FieldLabels ofStart(DelegateExecution execution) {
    String definitionId = execution.getProcessDefinitionId();
    return FieldLabels.readWhenNeeded(
        () -> forms.ofStart(definitionId, Context.getCommandContext()).labels());
  }
}
