package com.gendan.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
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

  /** The most forms kept; deployed forms never change, so the oldest deployments' go first. */
  static final int MAXIMUM_FORMS = 1_000;

  /** Editable field names by deployment id and form id. */
  private final Cache<String, List<String>> editableFields =
      Caffeine.newBuilder().maximumSize(MAXIMUM_FORMS).build();

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
        .get(deploymentId + "/" + formRef, key -> editableFieldsOf(deploymentId, formRef))
        .forEach(instance::removeVariable);
  }

  private List<String> editableFieldsOf(String deploymentId, String formRef) {
    FormFields fields;
    try (InputStream form =
        DeployedForm.open(Context.getCommandContext(), deploymentId, null, formRef)) {
      fields = FormFields.of(json.readTree(form));
    } catch (IOException e) {
      throw new UncheckedIOException("form " + formRef + " is not JSON", e);
    }
    return fields.names().stream()
        .filter(name -> !fields.readOnly().contains(name))
        .sorted()
        .toList();
  }
}
