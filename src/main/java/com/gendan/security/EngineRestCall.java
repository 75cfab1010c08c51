package com.gendan.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.web.util.UriUtils;

/**
 * What a request to the engine REST API does with process variables, read from its path as Jersey
 * matches it: after the REST root ({@code /engine-rest}, or Tasklist's {@code
 * /camunda/api/engine}), an optional {@code /engine/{name}}, percent-decoded, empty segments,
 * matrix parameters and a trailing slash ignored.
 *
 * @param kind what the request does
 * @param id the task id, process definition id or key
 * @param tenantId the tenant of a start by key, or null
 * @param engineName the engine named in the path, or null for the default engine
 */
record EngineRestCall(Kind kind, String id, String tenantId, String engineName) {

  enum Kind {
    /** Completes, submits or resolves a task with variables from its form. */
    TASK_FORM,
    /** Starts a process instance by definition id, with variables from its start form. */
    START_BY_ID,
    /** Starts a process instance by definition key, with variables from its start form. */
    START_BY_KEY,
    /** Claims, hands on or comments a task, which the user must be able to see. */
    TASK_ACTION,
    /**
     * Updates a task ({@code PUT /task/{id}}): Tasklist sends the whole task to set its due or
     * follow-up date; only those two dates are the user's to change.
     */
    TASK_UPDATE,
    /** Writes variables, or steers an instance, outside any form. */
    VARIABLE_WRITE,
    /**
     * Operates the engine: executes, retries, suspends or deletes jobs, instances, definitions,
     * batches, incidents, external tasks, deployments, identities, filters. Only admins may; the
     * engine checks some of these only inside the command it starts, and counts its own refusal as
     * a failure of the thing acted on (a job executed without permission loses a retry).
     */
    OPERATION,
    /**
     * Anything a user may do: reads, queries (sent as POST too), claiming, handing on and
     * commenting a task, the own password and profile, creating a deployment (what Camunda Modeler
     * sends); the engine checks the user's rights, and a deployment's models against the model
     * conventions (com.gendan.deployment).
     */
    OTHER
  }

  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> TASK_FORM_ACTIONS = Set.of("complete", "submit-form", "resolve");
  private static final Set<String> START_ACTIONS = Set.of("start", "submit-form");
  private static final Set<String> VARIABLE_COLLECTIONS = Set.of("variables", "localVariables");
  private static final Set<String> TASK_THROWS = Set.of("bpmnError", "bpmnEscalation");
  private static final Set<String> BATCH_WRITES = Set.of("variables-async", "message-async");
  private static final Set<String> EXECUTION_WRITES =
      Set.of("localVariables", "signal", "messageSubscriptions");

  /** Collections queried with POST ({@code /task}, {@code /task/count}). */
  private static final Set<String> QUERIES =
      Set.of(
          "task",
          "process-instance",
          "execution",
          "job",
          "job-definition",
          "external-task",
          "variable-instance",
          "incident",
          "event-subscription",
          "authorization",
          "batch",
          "deployment",
          "process-definition",
          "decision-definition",
          "user",
          "group",
          "tenant");

  /** History collections queried with POST ({@code /history/task}, ...{@code /count}). */
  private static final Set<String> HISTORY_QUERIES =
      Set.of(
          "process-instance",
          "activity-instance",
          "task",
          "variable-instance",
          "detail",
          "incident",
          "job-log",
          "decision-instance",
          "user-operation",
          "external-task-log",
          "identity-link-log",
          "batch",
          "process-definition");

  private static final Set<String> FILTER_QUERIES = Set.of("list", "count", "singleResult");

  /** What a user may do to a task besides working its form; the engine checks her rights. */
  private static final Set<String> TASK_ACTIONS = Set.of("claim", "unclaim", "assignee");

  private static final Set<String> OWN_USER_WRITES = Set.of("credentials", "profile");
  private static final EngineRestCall OTHER = new EngineRestCall(Kind.OTHER, null, null, null);

  /** Whether the call works a task by its id: its form, or claiming and the like. */
  boolean addressesTask() {
    return kind == Kind.TASK_FORM || kind == Kind.TASK_ACTION || kind == Kind.TASK_UPDATE;
  }

  /** The call of {@code request}, whose REST root is {@code restRoot} below the context path. */
  static EngineRestCall of(HttpServletRequest request, String restRoot) {
    List<String> segments = segments(request, restRoot);
    if (segments == null) {
      return OTHER;
    }
    String engineName = engineName(segments);
    if (engineName != null) {
      segments = segments.subList(2, segments.size());
    }
    if (READ_METHODS.contains(request.getMethod()) || segments.isEmpty()) {
      return OTHER;
    }
    Target target =
        request.getMethod().equals("PUT") && segments.size() == 2 && segments.get(0).equals("task")
            ? new Target(Kind.TASK_UPDATE, segments.get(1), null)
            : classify(segments);
    if (target == null) {
      target = isUserWrite(request.getMethod(), segments) ? null : OPERATION;
    }
    return target == null
        ? OTHER
        : new EngineRestCall(target.kind(), target.id(), target.tenantId(), engineName);
  }

  /**
   * The engine a request below {@code restRoot} names ({@code /engine/{name}/…}); null for the
   * default engine, or a request elsewhere.
   */
  static String engineNameOf(HttpServletRequest request, String restRoot) {
    List<String> segments = segments(request, restRoot);
    return segments == null ? null : engineName(segments);
  }

  /** The path below the REST root as Jersey reads it; null for a request elsewhere. */
  private static List<String> segments(HttpServletRequest request, String restRoot) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith(restRoot)) {
      return null;
    }
    return Arrays.stream(path.substring(restRoot.length()).split("/"))
        .map(
            segment -> segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment)
        .map(segment -> UriUtils.decode(segment, StandardCharsets.UTF_8))
        .filter(segment -> !segment.isEmpty())
        .toList();
  }

  private static String engineName(List<String> segments) {
    return segments.size() >= 2 && segments.get(0).equals("engine") ? segments.get(1) : null;
  }

  /** What a path addresses; null for anything else. */
  private record Target(Kind kind, String id, String tenantId) {}

  private static final Target VARIABLE_WRITE = new Target(Kind.VARIABLE_WRITE, null, null);
  private static final Target OPERATION = new Target(Kind.OPERATION, null, null);

  private static Target classify(List<String> s) {
    String last = s.get(s.size() - 1);
    return switch (s.get(0)) {
      case "task" -> task(s);
      case "process-definition" -> processDefinition(s, last);
      case "process-instance" ->
          s.size() == 2 && BATCH_WRITES.contains(s.get(1))
                  || s.size() >= 3
                      && (s.get(2).equals("variables") || s.get(2).startsWith("modification"))
              ? VARIABLE_WRITE
              : null;
      case "execution" ->
          s.size() >= 3 && EXECUTION_WRITES.contains(s.get(2)) ? VARIABLE_WRITE : null;
      case "message", "signal", "condition" -> VARIABLE_WRITE;
      default -> null;
    };
  }

  /**
   * The writes a user may send (a list of what is allowed, so that an endpoint added in a later
   * Camunda release is an operation until someone decides otherwise): queries, task actions, her
   * own password and profile, a new deployment (the engine lets only those granted CREATE on
   * deployments make one, process owners). Starts and task forms are classified before this.
   */
  private static boolean isUserWrite(String method, List<String> s) {
    int size = s.size();
    boolean post = method.equals("POST");
    boolean query = post && (size == 1 || size == 2 && s.get(1).equals("count"));
    return switch (s.get(0)) {
      case "history" ->
          post
              && size >= 2
              && HISTORY_QUERIES.contains(s.get(1))
              && (size == 2 || size == 3 && s.get(2).equals("count"));
      case "filter" -> post && size == 3 && FILTER_QUERIES.contains(s.get(2));
      case "task" -> query;
      case "user" ->
          query || method.equals("PUT") && size == 3 && OWN_USER_WRITES.contains(s.get(2));
      case "identity" -> post && size == 2 && s.get(1).equals("password-policy");
      case "deployment" -> query || post && size == 2 && s.get(1).equals("create");
      default -> query && QUERIES.contains(s.get(0));
    };
  }

  /**
   * {@code /task/{id}/complete} (and submit-form, resolve) go by the task's form; its variables and
   * local variables, and a BPMN error or escalation thrown from it, are written outside it.
   */
  private static Target task(List<String> s) {
    if (s.size() < 3) {
      return null;
    }
    if (s.size() == 3 && TASK_FORM_ACTIONS.contains(s.get(2))) {
      return new Target(Kind.TASK_FORM, s.get(1), null);
    }
    if (s.size() == 3 && TASK_ACTIONS.contains(s.get(2))
        || s.size() == 4 && s.get(2).equals("comment") && s.get(3).equals("create")) {
      return new Target(Kind.TASK_ACTION, s.get(1), null);
    }
    return s.size() == 3 && TASK_THROWS.contains(s.get(2))
            || VARIABLE_COLLECTIONS.contains(s.get(2))
        ? VARIABLE_WRITE
        : null;
  }

  /**
   * {@code /{id}/start}, {@code /key/{key}/start}, {@code /key/{key}/tenant-id/{t}/start} (and
   * {@code submit-form}); restarting historic instances re-uses their variables.
   */
  private static Target processDefinition(List<String> s, String last) {
    if (last.startsWith("restart")) {
      return VARIABLE_WRITE;
    }
    if (!START_ACTIONS.contains(last)) {
      return null;
    }
    if (s.size() == 3) {
      return new Target(Kind.START_BY_ID, s.get(1), null);
    }
    if (s.size() == 4 && s.get(1).equals("key")) {
      return new Target(Kind.START_BY_KEY, s.get(2), null);
    }
    if (s.size() == 6 && s.get(1).equals("key") && s.get(3).equals("tenant-id")) {
      return new Target(Kind.START_BY_KEY, s.get(2), s.get(4));
    }
    return null;
  }
}
