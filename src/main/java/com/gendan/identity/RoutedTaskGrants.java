package com.gendan.identity;

import com.gendan.security.Grants;
import java.util.Collection;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A department (production, quality, warehouse, purchasing) sees and works the tasks of the
 * processes whose models route tasks to it, and no others: read when a model is deployed (or loaded
 * after a restart) from its user tasks' fixed candidate groups. Roles that see every customer's
 * work, and assistants and reps within their customers' tenants, hold their grants for every
 * process ({@link RoleAuthorizations}). Which task of such a process a member may claim or complete
 * is the task routing rule's business. Reading the process's variables is what lets a task card
 * name its document and customer (Tasklist reads them per instance, not through the task); the
 * task's form shows them anyway.
 */
class RoutedTaskGrants extends AbstractBpmnParseListener {

  /** Called once the process's elements are parsed, with every user task of it. */
  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
    // the engine's own service: models are parsed while the engine is still being built
    Grants grants = new Grants(Context.getProcessEngineConfiguration().getAuthorizationService());
    definition.getTaskDefinitions().values().stream()
        .map(TaskDefinition::getCandidateGroupIdExpressions)
        .flatMap(Collection::stream)
        .map(RoutedTaskGrants::fixedDepartment)
        .flatMap(Optional::stream)
        .distinct()
        .forEach(
            role ->
                grants.toGroup(
                    role.groupId(),
                    Resources.PROCESS_DEFINITION,
                    definition.getKey(),
                    ProcessDefinitionPermissions.READ_TASK,
                    ProcessDefinitionPermissions.READ_TASK_VARIABLE,
                    ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                    ProcessDefinitionPermissions.TASK_WORK));
  }

  /** Groups chosen at run time ({@code ${signerGroup}}) are managers, who hold their grants. */
  private static Optional<Role> fixedDepartment(Expression candidateGroups) {
    String text = candidateGroups.getExpressionText();
    if (text == null || text.contains("${") || text.contains("#{")) {
      return Optional.empty();
    }
    return Role.ofGroupId(text.trim()).filter(Role::isDepartment);
  }
}
