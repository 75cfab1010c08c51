package com.gendan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.process.DeployedFormFields;
import com.gendan.process.FormLabels;
import com.gendan.time.ClockConfiguration;
import com.gendan.time.EngineClock;
import java.io.ByteArrayInputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.mockito.Mockito;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * private final OrderService orderService = mock(OrderService.class);
 * private final ReviewOrder reviewOrder =
 *     engine.bean(Beans.REVIEW_ORDER, new ReviewOrder(orderService, formVariables));
 * }</pre>
 *
 * <p>The process tests register the real delegates and listeners of the model over mocked services,
 * so that what the model runs is what the application runs; {@link #formLabels()} and {@link
 * #clock()} are what those need of the engine: the labels of the forms deployed with the model and
 * Gendan's clock, which is the engine's. The Mockito stand-ins {@link #delegate}, {@link
 * #taskListener} and {@link #executionListener} are for probes, not for a model's own beans.
 *
 * <p>Before each test (and before the test's own {@code @BeforeEach}) BPM Assert is bound to the
 * engine, the engine clock ({@link ClockUtil}) is set to that "now", and every bean the test
 * declared with {@link #delegate}, {@link #taskListener}, {@link #executionListener} or {@link
 * #bean} is registered with {@link Mocks} under its name, so that {@code ${name}} in the model
 * resolves to it (the configuration's MockExpressionManager). A bean declared later, in the test's
 * {@code @BeforeEach} or the test itself, is registered at once. After each test the registrations
 * and the clock are reset. Deploying and cleaning up stay with {@link ProcessEngineExtension}.
 *
 * <p>The engine also records which flow nodes and sequence flows each test walks
 * (camunda-process-test-coverage). When the test class ends, every model it walked is reported: its
 * coverage is logged and drawn in {@code target/process-test-coverage/<test class>/report.html}. A
 * class that owns a model states the least coverage it keeps,
 * {@code @ProcessTestEngine.Covers(model = "salesOrder", atLeast = 0.8)}; less fails the class,
 * when all its tests ran (a single test run alone is only reported).
 *
 * <p>The static helpers find and run one instance's jobs, count its historic tasks and check what
 * Tasklist shows of a task.
 */
public final class ProcessTestEngine extends ProcessEngineExtension
    implements BeforeEachCallback, AfterEachCallback {

  /**
   * The least share of the model's flow nodes and sequence flows (camunda-process-test-coverage's
   * measure) that the annotated test class walks; less fails the class.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @Repeatable(Covers.All.class)
  public @interface Covers {

    /** The process id (definition key) of the model. */
    String model();

    /** A ratio, 0.8 for 80 %. */
    double atLeast();

    /** The container of more than one {@code Covers}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface All {
      Covers[] value();
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(ProcessTestEngine.class);

  private final Date now;
  private final Map<String, Object> beans = new LinkedHashMap<>();
  private boolean registered;
  private FormLabels formLabels;

  private ProcessTestEngine(Instant now) {
    this.now = Date.from(now);
    useProcessEngine(CoveredEngine.ENGINE);
    build();
  }

  /**
   * The engine of camunda.cfg.xml with camunda-process-test-coverage's parse listener and
   * compensation handler added, built once for all process tests.
   */
  private static final class CoveredEngine {
    static final ProcessEngine ENGINE = build();

    private static ProcessEngine build() {
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl)
              ProcessEngineConfiguration.createProcessEngineConfigurationFromResource(
                  "camunda.cfg.xml");
      ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
      return configuration.buildProcessEngine();
    }
  }

  /** The engine of camunda.cfg.xml whose clock stands at {@code now} when each test starts. */
  public static ProcessTestEngine startingAt(Instant now) {
    return new ProcessTestEngine(now);
  }

  /**
   * The labels of the forms deployed on this engine, read as the application reads them, for the
   * real listeners that name a form's fields in their messages.
   */
  public FormLabels formLabels() {
    if (formLabels == null) {
      formLabels = new FormLabels(new DeployedFormFields(getProcessEngine(), new ObjectMapper()));
    }
    return formLabels;
  }

  /**
   * Gendan's clock as the application has it: the engine's time ({@link ClockUtil}, which stands at
   * the test's "now" and moves with {@link #passTimer}) in the department's zone.
   */
  public Clock clock() {
    return CLOCK;
  }

  private static final Clock CLOCK = new EngineClock(ZoneId.of(ClockConfiguration.DEFAULT_ZONE));

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
    ClassCoverage.of(context).record(getProcessEngine(), context);
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

  /**
   * What the tests of one class walked, kept in the class's extension store (the engine extension
   * is registered per test instance); reported and checked when JUnit closes the class.
   */
  private static final class ClassCoverage implements ExtensionContext.Store.CloseableResource {

    private final Class<?> testClass;
    private final DefaultCollector collector =
        new DefaultCollector(new ExecutionContextModelProvider());
    private final Suite suite;
    private final Set<Method> ran = new HashSet<>();

    private ClassCoverage(Class<?> testClass) {
      this.testClass = testClass;
      this.suite = collector.createSuite(new Suite(testClass.getName(), testClass.getSimpleName()));
      collector.activateSuite(suite.getId());
    }

    static ClassCoverage of(ExtensionContext test) {
      ExtensionContext testClass = test;
      while (testClass.getTestMethod().isPresent()) {
        testClass = testClass.getParent().orElseThrow();
      }
      Class<?> type = testClass.getRequiredTestClass();
      return testClass
          .getStore(ExtensionContext.Namespace.create(ProcessTestEngine.class))
          .getOrComputeIfAbsent(
              ClassCoverage.class, key -> new ClassCoverage(type), ClassCoverage.class);
    }

    /** Points the engine's coverage listeners at a new run of this class, for the test. */
    void record(ProcessEngine engine, ExtensionContext test) {
      ran.add(test.getRequiredTestMethod());
      collector.createRun(new Run(test.getUniqueId(), test.getDisplayName()), suite.getId());
      collector.activateRun(test.getUniqueId());
      new ProcessEngineAdapter(engine, collector).initializeListeners();
    }

    @Override
    public void close() {
      List<Measured> measured =
          collector.getModels().stream()
              .map(this::measure)
              .sorted(Comparator.comparing(Measured::model))
              .toList();
      if (!measured.isEmpty()) {
        CoverageReportUtil.createReport(collector, null);
        CoverageReportUtil.createJsonReport(collector, null);
      }
      Path report =
          Path.of(CoverageReportUtil.TARGET_DIR_ROOT, suite.getId(), "report.html").normalize();
      Covers[] floors = testClass.getAnnotationsByType(Covers.class);
      Set<String> owned = new HashSet<>();
      for (Covers floor : floors) {
        owned.add(floor.model());
      }
      for (Measured model : measured) {
        // the elements not walked are listed for the models the class owns, not for its probes
        boolean owns = owned.contains(model.model()) && !model.notWalked().isEmpty();
        LOG.info(
            "Process coverage of {} by {}: {} ({} of {} flow nodes and sequence flows){}, {}",
            model.model(),
            testClass.getSimpleName(),
            percent(model.ratio()),
            model.walked(),
            model.total(),
            owns ? "; not walked: " + model.notWalked() : "",
            report);
      }

      if (floors.length == 0) {
        return;
      }
      if (!ranEveryTest()) {
        LOG.info("Not all tests of {} ran: its coverage floors are not checked", testClass);
        return;
      }
      List<String> below = new ArrayList<>();
      for (Covers floor : floors) {
        Measured model =
            measured.stream()
                .filter(walked -> walked.model().equals(floor.model()))
                .findFirst()
                .orElse(null);
        if (model == null) {
          below.add("no test started " + floor.model());
        } else if (model.ratio() < floor.atLeast()) {
          below.add(
              floor.model()
                  + " is covered "
                  + percent(model.ratio())
                  + ", less than the "
                  + percent(floor.atLeast())
                  + " the class keeps");
        }
      }
      if (!below.isEmpty()) {
        throw new AssertionError(
            testClass.getSimpleName()
                + ": "
                + String.join("; ", below)
                + ". The paths no test walks are logged above and left grey in "
                + report);
      }
    }

    /**
     * The model's flow nodes and sequence flows as camunda-process-test-coverage counts them (those
     * of the executable process, sub-processes included, and the flows leaving them), and which of
     * them no test of the class walked. Counted against the model's elements, so that the steps of
     * another version of the model (a probe deployed twice) do not count.
     */
    private Measured measure(Model model) {
      BpmnModelInstance bpmn =
          Bpmn.readModelFromStream(
              new ByteArrayInputStream(model.getXml().getBytes(StandardCharsets.UTF_8)));
      Set<FlowNode> nodes = new LinkedHashSet<>();
      for (FlowNode node : bpmn.getModelElementsByType(FlowNode.class)) {
        if (inExecutableProcess(node, model.getKey())) {
          nodes.add(node);
        }
      }
      List<String> elements = new ArrayList<>();
      nodes.forEach(node -> elements.add(node.getId()));
      for (SequenceFlow flow : bpmn.getModelElementsByType(SequenceFlow.class)) {
        if (nodes.contains(flow.getSource())) {
          elements.add(flow.getId());
        }
      }
      Set<String> walked = new HashSet<>();
      suite.getEvents(model.getKey()).forEach(event -> walked.add(event.getDefinitionKey()));
      List<String> notWalked = elements.stream().filter(id -> !walked.contains(id)).toList();
      return new Measured(
          model.getKey(), elements.size() - notWalked.size(), elements.size(), notWalked);
    }

    private static boolean inExecutableProcess(ModelElementInstance element, String key) {
      for (ModelElementInstance parent = element.getParentElement();
          parent != null;
          parent = parent.getParentElement()) {
        if (parent instanceof org.camunda.bpm.model.bpmn.instance.Process process) {
          return process.isExecutable() && process.getId().equals(key);
        }
      }
      return false;
    }

    private boolean ranEveryTest() {
      return ran.containsAll(
          ReflectionSupport.findMethods(
              testClass,
              method ->
                  AnnotationSupport.isAnnotated(method, Testable.class)
                      && !AnnotationSupport.isAnnotated(method, Disabled.class),
              HierarchyTraversalMode.TOP_DOWN));
    }

    private record Measured(String model, int walked, int total, List<String> notWalked) {
      double ratio() {
        return total == 0 ? 0 : (double) walked / total;
      }
    }

    private static String percent(double ratio) {
      return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }
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
   * Makes the step fail ({@code breakWith} makes a mocked service throw the exception it is given,
   * {@code e -> doThrow(e).when(mails).productionPlan(ORDER_ID)}), runs the job at the activity
   * once and returns the job as the engine keeps it for the next try: same job, one retry fewer,
   * the failure recorded.
   */
  public static Job failOnce(
      ProcessInstance instance,
      String activityId,
      Consumer<RuntimeException> breakWith,
      String failure) {
    breakWith.accept(new IllegalStateException(failure));
    Job job = job(instance, activityId);

    assertThatThrownBy(() -> managementService().executeJob(job.getId()))
        .hasMessageContaining(failure);

    Job retried = job(instance, activityId);
    assertThat(retried.getId()).isEqualTo(job.getId());
    assertThat(retried.getRetries()).isEqualTo(4);
    assertThat(retried.getExceptionMessage()).contains(failure);
    return retried;
  }

  /** Makes a mocked delegate ({@link #delegate}) throw, for {@link #failOnce}. */
  public static Consumer<RuntimeException> failing(JavaDelegate delegate) {
    return failure -> {
      try {
        doThrow(failure).when(delegate).execute(any());
      } catch (Exception stubbing) {
        throw new AssertionError(stubbing);
      }
    };
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
