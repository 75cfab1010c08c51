package com.gendan.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gendan.problem.FieldProblem;
import com.gendan.process.DeployedFormFields;
import com.gendan.process.EngineActions;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormFields;
import com.gendan.process.Numbers;
import com.gendan.web.ApiExceptionHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets users who are not Camunda admins write process variables only through forms. The engine REST
 * API (for scripts at {@code /engine-rest}, for Tasklist at {@code /camunda/api/engine}) accepts
 * any variable on a task completion or a process start; a process trusts the variables it set
 * itself ({@code orderId}, {@code shipmentId}, {@code fulfilled}, …). So:
 *
 * <ul>
 *   <li>every value is bounded before anything parses it ({@link SubmittedBounds});
 *   <li>completing, submitting or resolving a task may write only the fields of the task's Camunda
 *       Form, starting a process only those of its start form; any other variable is a 400 naming
 *       it, and nothing happens. A read-only field may come back unchanged or empty (Tasklist sends
 *       every field it shows) and is then not written again; changed, it is a 400 too;
 *   <li>a start may not begin in the middle of a process or skip its listeners (403);
 *   <li>the endpoints that write variables or steer an instance outside any form (task, instance
 *       and execution variables, instance modification, BPMN errors and escalations thrown from a
 *       task, messages, signals, conditions, restarts) are refused (403);
 *   <li>every other write that is not a query, a task action, the user's own password and profile
 *       or a new deployment (the engine's grant and the model conventions decide) operates the
 *       engine (jobs, job definitions, external tasks, batches, incidents, redeployments and
 *       deleted deployments, migration, suspension, deletion, identities, filters) and is refused
 *       (403) before the engine sees it: the engine checks some of these only while it runs them,
 *       and counts its refusal as the job's failure.
 * </ul>
 *
 * Runs after the engine's authentication (HTTP Basic, or the webapps' session), whose user it
 * reads; the forms are looked up as the engine, the user's own rights are the engine's to check.
 */
class EngineInputGuard extends OncePerRequestFilter {

  static final String NOT_ON_FORM = "不是此表单的字段，不能提交";
  static final String READ_ONLY = "是只读字段，不能修改";
  static final String FORMS_ONLY = "流程变量只能通过任务表单或启动表单提交，不能直接写入";
  static final String NO_SHORTCUTS = "只有系统管理员可以从流程中间启动流程或跳过其监听器";

  /** The same answer whether the thing acted on exists or not, and naming none of it. */
  static final String ADMINS_ONLY = "只有系统管理员可以执行此操作";

  /** A task the user cannot see is answered as one that does not exist (or no longer does). */
  static final String NO_SUCH_TASK = "任务不存在、已完成，或您无权查看";

  private static final Logger LOG = LoggerFactory.getLogger(EngineInputGuard.class);
  private static final String VARIABLES = "variables";
  private static final Set<String> SKIP_FLAGS = Set.of("skipCustomListeners", "skipIoMappings");

  private final EngineRestRoots roots;
  private final ProcessEngine engine;
  private final EngineActions engineActions;
  private final ObjectMapper objectMapper;
  private final DeployedFormFields forms;

  /**
   * @param roots where the engine REST API and the webapps' copy of it are mounted
   */
  EngineInputGuard(
      EngineRestRoots roots,
      ProcessEngine engine,
      EngineActions engineActions,
      ObjectMapper objectMapper,
      DeployedFormFields forms) {
    this.roots = roots;
    this.engine = engine;
    this.engineActions = engineActions;
    this.objectMapper = objectMapper.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.forms = forms;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean webapp = roots.isWebapp(request);
    EngineRestCall call = roots.callOf(request);
    if (call.kind() == EngineRestCall.Kind.OTHER) {
      // most calls (every read) write no variables: no user, session or engine lookup for them
      chain.doFilter(request, response);
      return;
    }
    Authentication user = userOf(request, call, webapp);
    if (call.kind() == EngineRestCall.Kind.TASK_UPDATE && user != null) {
      updateTask(request, response, chain, call, user);
      return;
    }
    // Spring Security refuses anonymous REST calls before this; the webapps' filters after it
    if (user == null && webapp || user != null && isCamundaAdmin(user)) {
      chain.doFilter(request, response);
      return;
    }
    if (call.kind() == EngineRestCall.Kind.OPERATION) {
      refuse(
          request, response, user, ApiExceptionHandler.forbiddenProblem(ADMINS_ONLY), ADMINS_ONLY);
      return;
    }
    if (call.kind() == EngineRestCall.Kind.VARIABLE_WRITE) {
      refuse(request, response, user, ApiExceptionHandler.forbiddenProblem(FORMS_ONLY), FORMS_ONLY);
      return;
    }
    if (call.kind() == EngineRestCall.Kind.TASK_ACTION) {
      if (!seesTask(user, call.id())) {
        refuseUnseenTask(request, response, user);
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    ObjectNode json = readJson(body, request, response, user);
    if (json == null) {
      return;
    }
    if (call.kind() != EngineRestCall.Kind.TASK_FORM && takesShortcut(json)) {
      refuse(
          request,
          response,
          user,
          ApiExceptionHandler.forbiddenProblem(NO_SHORTCUTS),
          NO_SHORTCUTS);
      return;
    }
    JsonNode variables = json.get(VARIABLES);
    Optional<Check> check;
    if (call.kind() == EngineRestCall.Kind.TASK_FORM) {
      Optional<Optional<Check>> seen = checkSeenTask(user, call, variables);
      if (seen.isEmpty()) {
        refuseUnseenTask(request, response, user);
        return;
      }
      check = seen.get();
    } else {
      check = engineActions.asEngine(() -> checkAgainstForm(call, variables));
    }
    if (check.isEmpty()) {
      // no such task or process: the engine answers that itself
      chain.doFilter(new BufferedBodyRequest(request, body), response);
      return;
    }
    if (!check.get().problems().isEmpty()) {
      refuse(
          request,
          response,
          user,
          ApiExceptionHandler.invalidProblem(check.get().problems()),
          check.get().problems());
      return;
    }
    if (!check.get().unchangedReadOnly().isEmpty()) {
      // a read-only field that came back as it was is not written again
      ((ObjectNode) variables).remove(check.get().unchangedReadOnly());
      body = objectMapper.writeValueAsBytes(json);
    }
    chain.doFilter(new BufferedBodyRequest(request, body), response);
  }

  /** The body as a JSON object (empty for none); null once an unreadable one was refused. */
  private ObjectNode readJson(
      byte[] body, HttpServletRequest request, HttpServletResponse response, Authentication user)
      throws IOException {
    try {
      return body.length == 0
          ? objectMapper.createObjectNode()
          : objectMapper.readValue(body, ObjectNode.class);
    } catch (JsonProcessingException e) {
      refuse(
          request,
          response,
          user,
          ApiExceptionHandler.unreadableProblem(ApiExceptionHandler.UNREADABLE_JSON),
          "unreadable body");
      return null;
    }
  }

  /** A task's due or follow-up date set (see {@link TaskDateUpdate}). */
  private void updateTask(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      EngineRestCall call,
      Authentication user)
      throws IOException, ServletException {
    ObjectNode submitted =
        readJson(request.getInputStream().readAllBytes(), request, response, user);
    if (submitted == null) {
      return;
    }
    if (isCamundaAdmin(user)) {
      chain.doFilter(
          new BufferedBodyRequest(
              request, objectMapper.writeValueAsBytes(TaskDateUpdate.forAdmin(submitted))),
          response);
      return;
    }
    List<FieldProblem> problems = new ArrayList<>();
    TaskDateUpdate.Dates dates = TaskDateUpdate.Dates.read(submitted, problems);
    if (!problems.isEmpty()) {
      refuse(request, response, user, ApiExceptionHandler.invalidProblem(problems), problems);
      return;
    }
    boolean saved =
        engineActions.as(
            user,
            () ->
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getCommandExecutorTxRequired()
                    .execute(
                        context -> {
                          Task task =
                              engine
                                  .getTaskService()
                                  .createTaskQuery()
                                  .taskId(call.id())
                                  .singleResult();
                          if (task == null) {
                            return false;
                          }
                          dates.saveOn((TaskEntity) task, context);
                          return true;
                        }));
    if (!saved) {
      refuseUnseenTask(request, response, user);
      return;
    }
    LOG.info("{} set the dates of task {}: {}", user.getUserId(), call.id(), dates);
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  /**
   * The caller: the engine's current user, which the HTTP Basic login has set for {@code
   * /engine-rest} ({@link EngineAuthenticationFilter}); for the webapps, whose session filters run
   * after this one, the user their login stored in the session.
   */
  private Authentication userOf(HttpServletRequest request, EngineRestCall call, boolean webapp) {
    Authentication current = engine.getIdentityService().getCurrentAuthentication();
    if (current != null || !webapp) {
      return current;
    }
    HttpSession session = request.getSession(false);
    Authentications logins =
        session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    String engineName = call.engineName() == null ? engine.getName() : call.engineName();
    if (logins == null
        || !(logins.getAuthenticationForProcessEngine(engineName)
            instanceof UserAuthentication login)) {
      return null;
    }
    return new Authentication(login.getIdentityId(), login.getGroupIds(), login.getTenantIds());
  }

  private void refuseUnseenTask(
      HttpServletRequest request, HttpServletResponse response, Authentication user)
      throws IOException {
    refuse(
        request, response, user, ApiExceptionHandler.notFoundProblem(NO_SUCH_TASK), NO_SUCH_TASK);
  }

  /** Whether the task exists and the user may see it, asked as the user. */
  private boolean seesTask(Authentication user, String taskId) {
    return engineActions.as(user, () -> visible(taskId));
  }

  /** Whether the task exists and the current user may see it. */
  private boolean visible(String taskId) {
    return engine.getTaskService().createTaskQuery().taskId(taskId).count() == 1;
  }

  /**
   * A task form's submission checked in one engine command (one transaction, as this runs on every
   * completion): whether the user sees the task, asked as the user, then its form and the read-only
   * fields' values, read as the engine. Empty if the user does not see the task; an empty check if
   * it was completed meanwhile (the engine answers that itself).
   */
  private Optional<Optional<Check>> checkSeenTask(
      Authentication user, EngineRestCall call, JsonNode variables) {
    try {
      return engineActions.as(
          user,
          () ->
              forms.execute(
                  context -> {
                    if (!visible(call.id())) {
                      return Optional.empty();
                    }
                    return Optional.of(
                        context.runWithoutAuthorization(
                            () ->
                                forms
                                    .ofTask(call.id(), context)
                                    .map(form -> check(form, variables, call))));
                  }));
    } catch (NullValueException e) {
      return Optional.of(Optional.empty());
    }
  }

  /** Admins may do anything, as in the engine: its admin users and members of admin groups. */
  private boolean isCamundaAdmin(Authentication user) {
    return EngineAdmins.isAdmin(
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(),
        user.getUserId(),
        user.getGroupIds());
  }

  /** Starting in the middle of a process, or without its listeners or I/O mappings. */
  private static boolean takesShortcut(ObjectNode json) {
    JsonNode instructions = json.get("startInstructions");
    return instructions != null && !instructions.isNull() && !instructions.isEmpty()
        || SKIP_FLAGS.stream().anyMatch(flag -> json.path(flag).asBoolean(false));
  }

  /**
   * The variables checked against the form; empty if the task or process does not exist, or the
   * task was completed by another request while it was being checked.
   */
  private Optional<Check> checkAgainstForm(EngineRestCall call, JsonNode variables) {
    try {
      return formOf(call).map(form -> check(form, variables, call));
    } catch (NullValueException e) {
      return Optional.empty();
    }
  }

  /** The start form of the process; empty if the process does not exist. */
  private Optional<FormFields> formOf(EngineRestCall call) {
    return definitionOf(call).map(definition -> forms.ofStart(definition.getId()));
  }

  /** The definition a start addresses, found as the engine REST API finds it. */
  private Optional<ProcessDefinition> definitionOf(EngineRestCall call) {
    RepositoryService repository = engine.getRepositoryService();
    ProcessDefinitionQuery query = repository.createProcessDefinitionQuery();
    if (call.kind() == EngineRestCall.Kind.START_BY_ID) {
      query.processDefinitionId(call.id());
    } else {
      query.processDefinitionKey(call.id()).latestVersion();
      if (call.tenantId() == null) {
        query.withoutTenantId();
      } else {
        query.tenantIdIn(call.tenantId());
      }
    }
    List<ProcessDefinition> found = query.list();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication user,
      ProblemDetail problem,
      Object reason)
      throws IOException {
    LOG.info(
        "Refused {} {} by {}: {}",
        request.getMethod(),
        request.getRequestURI(),
        user == null ? null : user.getUserId(),
        reason);
    // Camunda's clients (Tasklist's error notification) show the body's "message"
    problem.setProperty("message", messageOf(problem));
    ApiExceptionHandler.write(request, response, problem, objectMapper);
  }

  /** The detail, followed by each bad field and why: "请检查以下字段：x；x：不是此表单的字段…". */
  private static String messageOf(ProblemDetail problem) {
    Object errors =
        problem.getProperties() == null
            ? null
            : problem.getProperties().get(ApiExceptionHandler.ERRORS);
    if (!(errors instanceof List<?> fields) || fields.isEmpty()) {
      return problem.getDetail();
    }
    return problem.getDetail()
        + "；"
        + fields.stream()
            .map(
                field ->
                    field instanceof FieldProblem p
                        ? p.field() + "：" + p.message()
                        : String.valueOf(field))
            .collect(Collectors.joining("；"));
  }

  /**
   * The variables of one request against the form they claim to come from.
   *
   * @param problems the variables the form does not submit, and the read-only ones changed
   * @param unchangedReadOnly the read-only fields that came back as they were
   */
  private record Check(List<FieldProblem> problems, List<String> unchangedReadOnly) {}

  private Check check(FormFields form, JsonNode variables, EngineRestCall call) {
    if (variables == null || variables.isNull()) {
      return new Check(List.of(), List.of());
    }
    if (!variables.isObject()) {
      return new Check(List.of(new FieldProblem(VARIABLES, "格式不正确")), List.of());
    }
    List<String> readOnlySent = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    FieldLabels labels = form.fieldLabels();
    variables
        .fieldNames()
        .forEachRemaining(
            name -> {
              Optional<String> outOfBounds =
                  SubmittedBounds.problem(form, name, variables.get(name));
              if (!form.names().contains(name)) {
                problems.add(new FieldProblem(name, NOT_ON_FORM));
              } else if (outOfBounds.isPresent()) {
                problems.add(new FieldProblem(labels.of(name), outOfBounds.get()));
              } else if (form.readOnly().contains(name)) {
                readOnlySent.add(name);
              }
            });
    Map<String, Object> current = currentValues(call, readOnlySent);
    List<String> unchanged = new ArrayList<>();
    for (String name : readOnlySent) {
      if (SubmittedValue.unchanged(current.get(name), variables.get(name).get("value"))) {
        unchanged.add(name);
      } else {
        problems.add(new FieldProblem(labels.of(name), READ_ONLY));
      }
    }
    return new Check(problems, unchanged);
  }

  /** What the read-only fields hold now, in one read: the task's variables; a start has none. */
  private Map<String, Object> currentValues(EngineRestCall call, List<String> names) {
    return call.kind() == EngineRestCall.Kind.TASK_FORM && !names.isEmpty()
        ? engine.getTaskService().getVariables(call.id(), names)
        : Map.of();
  }

  /** Compares what a form sent for a read-only field with what the variable holds. */
  static final class SubmittedValue {

    private SubmittedValue() {}

    /**
     * Empty counts as unchanged: a form shows a value it cannot display (an object in a text field,
     * a choice not among the options) as empty and sends that. Otherwise numbers compare by value
     * (a text field sends 1500 as "1500"), everything else as text.
     */
    static boolean unchanged(Object current, JsonNode submitted) {
      if (submitted == null
          || submitted.isNull()
          || submitted.isTextual() && submitted.asText().isEmpty()) {
        return true;
      }
      if (current == null) {
        return false;
      }
      String sent = submitted.isValueNode() ? submitted.asText() : submitted.toString();
      String stored = String.valueOf(current);
      // bounded: a megabyte of digits is compared as text
      BigDecimal sentNumber = Numbers.parse(sent);
      BigDecimal storedNumber = Numbers.parse(stored);
      if (sentNumber != null && storedNumber != null) {
        return sentNumber.compareTo(storedNumber) == 0;
      }
      return lines(sent).equals(lines(stored));
    }

    private static String lines(String text) {
      return text.replace("\r\n", "\n");
    }
  }
}
