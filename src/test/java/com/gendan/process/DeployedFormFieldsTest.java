package com.gendan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.ProcessTestEngine;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A deployed form is read from the database and parsed once, however many tasks and starts are
 * checked against it; a new deployment's changed form is read for that deployment's tasks, while
 * the older deployment's tasks keep the form they were deployed with.
 */
class DeployedFormFieldsTest {

  private static final String PROCESS = "deployedFormFieldsProbe";

  @RegisterExtension
  ProcessTestEngine engine = ProcessTestEngine.startingAt(Instant.parse("2026-03-02T01:00:00Z"));

  /** How often a form was read and parsed. */
  private final AtomicInteger parsed = new AtomicInteger();

  private final ObjectMapper countingParser =
      new ObjectMapper() {
        @Override
        public JsonNode readTree(InputStream in) throws IOException {
          parsed.incrementAndGet();
          return super.readTree(in);
        }
      };
  private final List<String> deployments = new ArrayList<>();
  private ProcessEngine processEngine;
  private DeployedFormFields forms;

  @BeforeEach
  void setUp() {
    processEngine = engine.getProcessEngine();
    forms = new DeployedFormFields(processEngine, countingParser);
  }

  @AfterEach
  void undeploy() {
    deployments.forEach(id -> processEngine.getRepositoryService().deleteDeployment(id, true));
  }

  @Test
  void aTasksFormIsReadOnceAndANewDeploymentsChangedFormIsUsedForItsTasks() {
    deploy("alpha");
    String first = task(start(), "deploymentBound");
    String second = task(start(), "deploymentBound");

    assertThat(forms.ofTask(first).orElseThrow().names()).containsExactly("alpha");
    assertThat(forms.ofTask(second).orElseThrow().names()).containsExactly("alpha");
    assertThat(forms.ofTask(first).orElseThrow().names()).containsExactly("alpha");
    assertThat(parsed).as("one form, read once").hasValue(1);

    deploy("beta");
    String third = task(start(), "deploymentBound");

    assertThat(forms.ofTask(third).orElseThrow().names()).containsExactly("beta");
    assertThat(forms.ofTask(first).orElseThrow().names())
        .as("the older deployment's task keeps its form")
        .containsExactly("alpha");
    assertThat(parsed).hasValue(2);
  }

  @Test
  void aStartFormIsReadOnceADeployment() {
    ProcessDefinition first = deploy("alpha");

    assertThat(forms.ofStart(first.getId()).names()).containsExactly("alphaStart");
    assertThat(forms.ofStart(first.getId()).names()).containsExactly("alphaStart");
    assertThat(parsed).hasValue(1);

    ProcessDefinition second = deploy("beta");
    assertThat(forms.ofStart(second.getId()).names()).containsExactly("betaStart");
    assertThat(parsed).hasValue(2);
  }

  @Test
  void aLatestBindingFollowsTheLatestDeployedForm() {
    deploy("alpha");
    String task = task(start(), "latestBound");
    assertThat(forms.ofTask(task).orElseThrow().names()).containsExactly("alpha");

    deploy("beta");

    assertThat(forms.ofTask(task).orElseThrow().names()).containsExactly("beta");
    assertThat(forms.ofTask(task).orElseThrow().names()).containsExactly("beta");
    assertThat(parsed).hasValue(2);
  }

  @Test
  void aTaskWithoutAFormSubmitsNothingAndATaskThatIsGoneIsNoForm() {
    deploy("alpha");

    assertThat(forms.ofTask(task(start(), "withoutForm"))).contains(FormFields.NONE);
    assertThatThrownBy(() -> forms.ofTask("no-such-task")).isInstanceOf(NullValueException.class);
  }

  @Test
  void aListenersMessageNamesAFieldByItsOwnDeployedFormsLabelReadOnlyWhenNeeded() {
    deploy("alpha");
    String alphaInstance = start();
    String alphaTask = task(alphaInstance, "deploymentBound");
    deploy("beta");
    String betaTask = task(start(), "deploymentBound");
    FormLabels labels = new FormLabels(forms);

    inCommand(
        context -> {
          labels.ofTask(context.getTaskManager().findTaskById(alphaTask));
          return "no label asked for";
        });
    assertThat(parsed).as("nothing read until a label is needed").hasValue(0);
    assertThat(
            inCommand(
                context ->
                    labels.ofTask(context.getTaskManager().findTaskById(alphaTask)).of("alpha")))
        .isEqualTo("标签 alpha");
    assertThat(
            inCommand(
                context ->
                    labels.ofTask(context.getTaskManager().findTaskById(betaTask)).of("beta")))
        .isEqualTo("标签 beta");
    assertThat(
            inCommand(
                context ->
                    labels
                        .ofStart(context.getExecutionManager().findExecutionById(alphaInstance))
                        .of("alphaStart")))
        .isEqualTo("标签 alphaStart");
    assertThat(
            inCommand(
                context ->
                    labels.ofTask(context.getTaskManager().findTaskById(alphaTask)).of("other")))
        .as("a field the form does not have keeps its name")
        .isEqualTo("other");
  }

  private String inCommand(Command<String> command) {
    return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(command);
  }

  /** Process and forms in one deployment: each form has the one field {@code field}. */
  private ProcessDefinition deploy(String field) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(PROCESS)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .camundaFormRef("probe-start")
            .camundaFormRefBinding("deployment")
            .parallelGateway("fork")
            .userTask("deploymentBound")
            .camundaFormRef("probe-task")
            .camundaFormRefBinding("deployment")
            .endEvent()
            .moveToNode("fork")
            .userTask("latestBound")
            .camundaFormRef("probe-task")
            .camundaFormRefBinding("latest")
            .endEvent()
            .moveToNode("fork")
            .userTask("withoutForm")
            .endEvent()
            .done();
    Deployment deployment =
        processEngine
            .getRepositoryService()
            .createDeployment()
            .addModelInstance(PROCESS + ".bpmn", model)
            .addString("probe-task.form", form("probe-task", field))
            .addString("probe-start.form", form("probe-start", field + "Start"))
            .deploy();
    deployments.add(deployment.getId());
    return processEngine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .deploymentId(deployment.getId())
        .singleResult();
  }

  private static String form(String id, String field) {
    return """
        {"id": "%s", "type": "default", "schemaVersion": 16,
         "components": [{"type": "textfield", "key": "%s", "label": "标签 %s"}]}"""
        .formatted(id, field, field);
  }

  private String start() {
    return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();
  }

  private String task(String instanceId, String activityId) {
    return processEngine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instanceId)
        .taskDefinitionKey(activityId)
        .singleResult()
        .getId();
  }
}
