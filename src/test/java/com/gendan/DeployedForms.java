package com.gendan;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.task.Task;

/** The Camunda Forms Tasklist shows, resolved through their deployment binding. */
public final class DeployedForms {

  private DeployedForms() {}

  public static String of(Task task) {
    return read(formService().getDeployedTaskForm(task.getId()));
  }

  /** The start form of the one deployed process definition with the key. */
  public static String start(String processDefinitionKey) {
    String processDefinitionId =
        repositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(processDefinitionKey)
            .singleResult()
            .getId();
    return read(formService().getDeployedStartForm(processDefinitionId));
  }

  private static String read(InputStream deployed) {
    try (InputStream form = deployed) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
