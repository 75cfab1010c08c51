package com.gendan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gendan.ProcessTestEngine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A task whose model says {@code opensBlank} opens its form blank every time it comes round, the
 * form's read-only fields kept; a model that says so without a form bound to its deployment is
 * refused when it is deployed.
 */
class FormsOpenBlankTest {

  @RegisterExtension
  ProcessTestEngine engine = ProcessTestEngine.startingAt(Instant.parse("2026-03-02T01:30:00Z"));

  private static final String FORM =
      """
      {"id": "answer-form", "type": "default", "components": [
        {"key": "question", "type": "textfield", "label": "问题", "readonly": true},
        {"key": "answer", "type": "textfield", "label": "答复"},
        {"key": "again", "type": "checkbox", "label": "再问一次"}]}
      """;

  private String deploymentId;

  @AfterEach
  void undeploy() {
    if (deploymentId != null) {
      repository().deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void aTaskThatComesRoundAgainOpensWithoutTheLastAnswers() {
    deploy(model("deployment"));
    ProcessInstance instance =
        runtime().startProcessInstanceByKey("blankProbe", Map.of("question", "交期能否提前？"));

    Task first = tasks().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    tasks().complete(first.getId(), Map.of("answer", "可以提前三天", "again", true));

    Task second = tasks().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(tasks().getVariables(second.getId()))
        .as("the read-only question stays, the answers are gone")
        .containsEntry("question", "交期能否提前？")
        .doesNotContainKeys("answer", "again");
  }

  @Test
  void opensBlankWithoutAFormOfItsDeploymentIsRefusedAtDeployment() {
    assertThatThrownBy(() -> deploy(model("latest")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Task_Answer")
        .hasMessageContaining(FormsOpenBlank.PROPERTY);
  }

  private void deploy(String bpmn) {
    deploymentId =
        repository()
            .createDeployment()
            .addString("blank-probe.bpmn", bpmn)
            .addInputStream(
                "answer.form", new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)))
            .deploy()
            .getId();
  }

  /** Asks until the answer form's "again" is unticked; the task opens blank. */
  private static String model(String formRefBinding) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_BlankProbe"
            targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="blankProbe" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Event_Start" />
            <bpmn:sequenceFlow id="Flow_ToAnswer" sourceRef="Event_Start" targetRef="Task_Answer" />
            <bpmn:userTask id="Task_Answer" camunda:formRef="answer-form"
                camunda:formRefBinding="%s">
              <bpmn:extensionElements>
                <camunda:properties>
                  <camunda:property name="opensBlank" value="true" />
                </camunda:properties>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_ToAgain" sourceRef="Task_Answer" targetRef="Gateway_Again" />
            <bpmn:exclusiveGateway id="Gateway_Again" />
            <bpmn:sequenceFlow id="Flow_Again" sourceRef="Gateway_Again" targetRef="Task_Answer">
              <bpmn:conditionExpression>${again}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="Flow_Done" sourceRef="Gateway_Again" targetRef="Event_End">
              <bpmn:conditionExpression>${!again}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:endEvent id="Event_End" />
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(formRefBinding);
  }

  private RepositoryService repository() {
    return engine.getProcessEngine().getRepositoryService();
  }

  private RuntimeService runtime() {
    return engine.getProcessEngine().getRuntimeService();
  }

  private TaskService tasks() {
    return engine.getProcessEngine().getTaskService();
  }
}
