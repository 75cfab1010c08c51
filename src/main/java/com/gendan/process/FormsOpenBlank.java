package com.gendan.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A user task whose model sets the extension property {@value #PROPERTY} to {@code true} opens its
 * form blank each time it is created: the form's editable fields are removed from the process
 * instance, so a task that comes round again (a loop, the next signer) never shows the answers
 * given the last time, which are in the history. What the form only shows (read-only fields) stays.
 * The form is the task's Camunda Form deployed with the model ({@code
 * camunda:formRefBinding="deployment"}), read once per deployment.
 */
public final class FormsOpenBlank extends AbstractBpmnParseListener {

  public static final String PROPERTY = "opensBlank";

  private final ObjectMapper json = new ObjectMapper();

  /** Editable field names by deployment id and form id: deployed forms never change. */
  private final Map<String, List<String>> editableFields = new ConcurrentHashMap<>();

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(userTaskElement);
    if (properties == null || !"true".equals(properties.get(PROPERTY))) {
      return;
    }
    String formRef = userTaskElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    String binding =
        userTaskElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefBinding");
    if (formRef == null || !DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT.equals(binding)) {
      throw new ProcessEngineException(
          "user task "
              + activity.getId()
              + " opens blank ("
              + PROPERTY
              + ") but has no camunda:formRef bound to its deployment");
    }
    ((UserTaskActivityBehavior) activity.getActivityBehavior())
        .getTaskDefinition()
        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> openBlank(task, formRef));
  }

  private void openBlank(DelegateTask task, String formRef) {
    String deploymentId = ((TaskEntity) task).getProcessDefinition().getDeploymentId();
    DelegateExecution instance = task.getExecution().getProcessInstance();
    editableFields
        .computeIfAbsent(
            deploymentId + "/" + formRef, key -> editableFieldsOf(deploymentId, formRef))
        .forEach(instance::removeVariable);
  }

  private List<String> editableFieldsOf(String deploymentId, String formRef) {
    List<ResourceEntity> resources =
        Context.getCommandContext().getResourceManager().findResourcesByDeploymentId(deploymentId);
    FormFields fields =
        resources.stream()
            .filter(r -> r.getName().endsWith(".form"))
            .map(this::read)
            .filter(form -> formRef.equals(form.path("id").asText()))
            .findFirst()
            .map(FormFields::of)
            .orElseThrow(
                () ->
                    new ProcessEngineException(
                        "form " + formRef + " is not in deployment " + deploymentId));
    return fields.names().stream()
        .filter(name -> !fields.readOnly().contains(name))
        .sorted()
        .toList();
  }

  private JsonNode read(ResourceEntity resource) {
    try {
      return json.readTree(resource.getBytes()); // an empty resource is a MissingNode
    } catch (IOException e) {
      throw new UncheckedIOException("form " + resource.getName() + " is not JSON", e);
    }
  }
}
