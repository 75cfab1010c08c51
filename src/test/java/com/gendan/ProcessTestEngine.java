package com.gendan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockito.Mockito;

/**
 * The plain in-memory engine of the BPM Assert process tests (camunda.cfg.xml), with the frame
 * every one of them needs and the job steps they share.
 *
 * <p>Register it as the test's engine, with the fixed "now" the test's due dates are computed from:
 *
 * <pre>{@code
 * @RegisterExtension
 * ProcessTestEngine engine = ProcessTestEngine.startingAt(NOW);
 *
 * private final JavaDelegate registerOrder = engine.delegate(Beans.REGISTER_ORDER);
 * }</pre>
 *
 * <p>Before each test (and before the test's own {@code @BeforeEach}) BPM Assert is bound to the
 * engine, the engine clock ({@link ClockUtil}) is set to that "now", and every bean the test
 * declared with {@link #delegate}, {@link #taskListener}, {@link #executionListener} or {@link
 * #bean} is registered with {@link Mocks} under its name, so that {@code ${name}} in the model
 * resolves to it (the configuration's MockExpressionManager). A bean declared later, in the test's
 * {@code @BeforeEach} or the test itself, is registered at once. After each test the registrations
 * and the clock are reset. Deploying and cleaning up stay with {@link ProcessEngineExtension}.
 *
 * <p>The static helpers find and run one instance's jobs, count its historic tasks and check what
 * Tasklist shows of a task.
 */
public final class ProcessTestEngine extends ProcessEngineExtension
    implements BeforeEachCallback, AfterEachCallback {

  private final Date now;
  private final Map<String, Object> beans = new LinkedHashMap<>();
  private boolean registered;

  private ProcessTestEngine(Instant now) {
    this.now = Date.from(now);
    build();
  }

  /** The engine of camunda.cfg.xml whose clock stands at {@code now} when each test starts. */
  public static ProcessTestEngine startingAt(Instant now) {
    return new ProcessTestEngine(now);
  }

  /** A Mockito mock of a service task's delegate, registered as the bean {@code name}. */
  public JavaDelegate delegate(String name) {
    return bean(name, Mockito.mock(JavaDelegate.class));
  }

  /** A Mockito mock of a task listener, registered as the bean {@code name}. */
  public TaskListener taskListener(String name) {
    return bean(name, Mockito.mock(TaskListener.class));
  }

  /** A Mockito mock of an execution listener, registered as the bean {@code name}. */
  public ExecutionListener executionListener(String name) {
    return bean(name, Mockito.mock(ExecutionListener.class));
  }

  /** Registers {@code bean} (a stand-in or a real listener) as the bean {@code name}. */
  public <T> T bean(String name, T bean) {
    beans.put(name, bean);
    if (registered) {
      Mocks.register(name, bean);
    }
    return bean;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    init(getProcessEngine());
    ClockUtil.setCurrentTime(now);
    beans.forEach(Mocks::register);
    registered = true;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    registered = false;
    Mocks.reset();
    ClockUtil.reset();
  }

  /** The one job of the instance at the activity; fails the test if there is none or more. */
  public static Job job(ProcessInstance instance, String activityId) {
    List<Job> jobs =
        managementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .list();
    assertThat(jobs).as("jobs at " + activityId).hasSize(1);
    return jobs.get(0);
  }

  /** The one timer of the instance at the activity; fails the test if there is none or more. */
  public static Job timer(ProcessInstance instance, String activityId) {
    List<Job> timers =
        managementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .activityId(activityId)
            .list();
    assertThat(timers).as("timers at " + activityId).hasSize(1);
    return timers.get(0);
  }

  /** Moves the clock to the timer's due date and fires it. */
  public static void passTimer(Job timer) {
    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);
  }

  /**
   * Makes the delegate fail, runs the job at the activity once and returns the job as the engine
   * keeps it for the next try: same job, one retry fewer, the failure recorded.
   */
  public static Job failOnce(
      ProcessInstance instance, String activityId, JavaDelegate delegate, String failure)
      throws Exception {
    doThrow(new IllegalStateException(failure)).when(delegate).execute(any());
    Job job = job(instance, activityId);

    assertThatThrownBy(() -> managementService().executeJob(job.getId()))
        .hasMessageContaining(failure);

    Job retried = job(instance, activityId);
    assertThat(retried.getId()).isEqualTo(job.getId());
    assertThat(retried.getRetries()).isEqualTo(4);
    assertThat(retried.getExceptionMessage()).contains(failure);
    return retried;
  }

  /** How many tasks of the definition the instance has had, open and completed. */
  public static long historicTasks(ProcessInstance instance, String taskDefinitionKey) {
    return historyService()
        .createHistoricTaskInstanceQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey)
        .count();
  }

  /**
   * What Tasklist shows of the task: its name, its due date and, opened, the deployed Camunda Form
   * with this id.
   */
  public static void assertShows(Task task, String name, Date due, String formId) {
    assertThat(task.getName()).as("name of " + task.getTaskDefinitionKey()).isEqualTo(name);
    assertThat(task.getDueDate()).as("due date of " + name).isEqualTo(due);
    assertThat(DeployedForms.of(task)).as("form of " + name).contains("\"id\": \"" + formId + "\"");
  }
}
