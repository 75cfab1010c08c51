package com.gendan.bench.walk;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks a same-shape lifecycle through the engine's Java API, with no job executor: after each step
 * the driving thread runs the instance's due jobs (async steps, timers due now) itself, as the
 * engine's own tests do. The floor against which the HTTP stack is measured.
 */
public final class JavaApiDriver implements Driver {

  private static final int MAX_JOB_ROUNDS = 20;

  private final ProcessEngine engine;

  public JavaApiDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public Started start(Step start) {
    if (!(start instanceof Step.EngineStart engineStart)) {
      throw new IllegalArgumentException("the bare engine has no Gendan API: " + start);
    }
    engine.getIdentityService().setAuthenticatedUserId(engineStart.user());
    String id =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(engineStart.processKey(), engineStart.values())
            .getId();
    runDueJobs(id);
    return new Started(id, null);
  }

  @Override
  public void completeTask(Started instance, Step.CompleteTask step) {
    String id = instance.processInstanceId();
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(id)
            .taskDefinitionKey(step.taskKey())
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("no task " + step.taskKey() + " in " + id);
    }
    engine.getIdentityService().setAuthenticatedUserId(step.user());
    engine.getFormService().submitTaskForm(task.getId(), step.values());
    runDueJobs(id);
  }

  @Override
  public void callApi(Started instance, Step.ApiCall step) {
    throw new IllegalArgumentException("the bare engine has no Gendan API: " + step);
  }

  @Override
  public void sendMessage(Started instance, Step.Message step) {
    engine.getIdentityService().clearAuthentication();
    engine
        .getRuntimeService()
        .createMessageCorrelation(step.messageName())
        .processInstanceId(instance.processInstanceId())
        .correlate();
    runDueJobs(instance.processInstanceId());
  }

  @Override
  public void awaitEnd(Started instance) {
    if (engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(instance.processInstanceId())
            .count()
        != 0) {
      throw new IllegalStateException(instance.processInstanceId() + " has not ended");
    }
    engine.getIdentityService().clearAuthentication();
  }

  private void runDueJobs(String processInstanceId) {
    for (int round = 0; round < MAX_JOB_ROUNDS; round++) {
      List<Job> due =
          engine
              .getManagementService()
              .createJobQuery()
              .processInstanceId(processInstanceId)
              .executable()
              .list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }
}
