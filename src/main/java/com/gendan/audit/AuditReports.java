package com.gendan.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.gendan.identity.PeopleDirectory;
import com.gendan.process.EngineIndexesPlugin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit reports over the engine's history tables: which tasks were completed late, and which
 * documents waited longest at each step. Aggregates the engine's query API cannot express (a task
 * ended after its due date, the longest waits per step), read with SQL over the history tables,
 * within the period and, for a user limited to some customers, within their tenants. Each reads one
 * period's rows by the end-time indexes Camunda creates.
 */
@Service
@Transactional(readOnly = true)
class AuditReports {

  /** Late tasks listed one by one; the summary counts them all. */
  static final int MAX_LATE_TASKS = 5000;

  /** How many of the longest waits a step lists at most. */
  static final int MAX_TOP = 20;

  private final JdbcClient jdbc;
  private final PeopleDirectory people;

  AuditReports(JdbcClient jdbc, PeopleDirectory people) {
    this.jdbc = jdbc;
    this.people = people;
  }

  /** People's names, each looked up once a report. */
  private final class Names {
    private final Map<String, String> names = new HashMap<>();

    String of(String userId) {
      return userId == null ? null : names.computeIfAbsent(userId, people::displayName);
    }
  }

  /** Tasks completed in the period, per task and person: how many, how many late, how late. */
  LateTasks lateTasks(Period period, Tenants tenants) {
    UnaryOperator<String> names = people.namesLookedUpOnce();
    Map<String, Object> params = params(period, tenants);
    List<LateTaskCount> counts =
        jdbc.sql(
                "SELECT t.PROC_DEF_KEY_ AS process_key, t.TASK_DEF_KEY_ AS task_key,"
                    + " MAX(t.NAME_) AS task_name, t.ASSIGNEE_ AS assignee, COUNT(*) AS completed,"
                    + " SUM(CASE WHEN t.END_TIME_ > t.DUE_DATE_ THEN 1 ELSE 0 END) AS late"
                    + " FROM ACT_HI_TASKINST t"
                    + " WHERE t.END_TIME_ >= :start AND t.END_TIME_ < :end"
                    + " AND t.DELETE_REASON_ = 'completed'"
                    + tenants.condition("t")
                    + " GROUP BY t.PROC_DEF_KEY_, t.TASK_DEF_KEY_, t.ASSIGNEE_")
            .params(params)
            .query(
                (rs, row) ->
                    new LateTaskCount(
                        rs.getString("process_key"),
                        rs.getString("task_key"),
                        rs.getString("task_name"),
                        rs.getString("assignee"),
                        names.apply(rs.getString("assignee")),
                        rs.getLong("completed"),
                        rs.getLong("late"),
                        null))
            .list();
    List<LateTask> late =
        jdbc.sql(
                "SELECT t.ID_ AS task_id, t.PROC_DEF_KEY_ AS process_key, t.TASK_DEF_KEY_ AS"
                    + " task_key, t.NAME_ AS task_name, t.ASSIGNEE_ AS assignee, t.DUE_DATE_ AS"
                    + " due, t.END_TIME_ AS ended, t.PROC_INST_ID_ AS instance_id,"
                    + " p.BUSINESS_KEY_ AS document_number"
                    + " FROM ACT_HI_TASKINST t"
                    + " LEFT JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = t.PROC_INST_ID_"
                    + " WHERE t.END_TIME_ >= :start AND t.END_TIME_ < :end"
                    + " AND t.DELETE_REASON_ = 'completed' AND t.END_TIME_ > t.DUE_DATE_"
                    + tenants.condition("t")
                    + " ORDER BY t.END_TIME_, t.ID_"
                    + " FETCH FIRST "
                    + MAX_LATE_TASKS
                    + " ROWS ONLY")
            .params(params)
            .query((rs, row) -> lateTask(rs, names))
            .list();
    Map<String, Double> longest =
        late.stream()
            .collect(
                Collectors.toMap(
                    t -> t.processKey() + "/" + t.taskKey() + "/" + t.assignee(),
                    LateTask::lateHours,
                    Math::max));
    List<LateTaskCount> summary =
        counts.stream()
            .map(
                c ->
                    c.withLongest(
                        longest.get(c.processKey() + "/" + c.taskKey() + "/" + c.assignee())))
            .sorted(
                Comparator.comparing(LateTaskCount::late)
                    .reversed()
                    .thenComparing(LateTaskCount::taskName, Comparator.nullsLast(String::compareTo))
                    .thenComparing(
                        LateTaskCount::assignee, Comparator.nullsLast(String::compareTo)))
            .toList();
    return new LateTasks(period.firstDay(), period.lastDay(), summary, late);
  }

  private static LateTask lateTask(ResultSet rs, UnaryOperator<String> names) throws SQLException {
    Instant due = rs.getTimestamp("due").toInstant();
    Instant ended = rs.getTimestamp("ended").toInstant();
    return new LateTask(
        rs.getString("task_id"),
        rs.getString("process_key"),
        rs.getString("task_key"),
        rs.getString("task_name"),
        rs.getString("assignee"),
        names.apply(rs.getString("assignee")),
        due,
        ended,
        hours(Duration.between(due, ended)),
        rs.getString("instance_id"),
        rs.getString("document_number"));
  }

  /** Of each step, the {@code top} documents that waited there longest, ended in the period. */
  List<StepWaits> longestWaits(Period period, Tenants tenants, int top) {
    UnaryOperator<String> names = people.namesLookedUpOnce();
    Map<String, Object> params = params(period, tenants);
    params.put("top", top);
    List<Wait> waits =
        jdbc.sql(
                "SELECT w.process_key, w.activity_id, w.activity_name, w.activity_type,"
                    + " w.instance_id, w.started, w.ended, w.duration, w.assignee,"
                    + " p.BUSINESS_KEY_ AS document_number FROM ("
                    + " SELECT u.*, ROW_NUMBER() OVER (PARTITION BY u.process_key, u.activity_id"
                    + " ORDER BY u.duration DESC, u.row_id) AS rank_in_step FROM ("
                    // tasks from the task history: a row per task, by its end-time index
                    + " SELECT t.PROC_DEF_KEY_ AS process_key, t.TASK_DEF_KEY_ AS activity_id,"
                    + " t.NAME_ AS activity_name, 'userTask' AS activity_type,"
                    + " t.PROC_INST_ID_ AS instance_id, t.START_TIME_ AS started,"
                    + " t.END_TIME_ AS ended, t.DURATION_ AS duration, t.ASSIGNEE_ AS assignee,"
                    + " t.ID_ AS row_id FROM ACT_HI_TASKINST t"
                    + " WHERE t.END_TIME_ >= :start AND t.END_TIME_ < :end"
                    + " AND t.PROC_INST_ID_ IS NOT NULL"
                    + tenants.condition("t")
                    + " UNION ALL"
                    // the other waits, few among all activities: on PostgreSQL a partial index
                    // holds just these (EngineIndexesPlugin), so the literals must match it
                    + " SELECT a.PROC_DEF_KEY_, a.ACT_ID_, a.ACT_NAME_, a.ACT_TYPE_,"
                    + " a.PROC_INST_ID_, a.START_TIME_, a.END_TIME_, a.DURATION_, a.ASSIGNEE_,"
                    + " a.ID_ FROM ACT_HI_ACTINST a"
                    + " WHERE a.END_TIME_ >= :start AND a.END_TIME_ < :end"
                    + " AND "
                    + EngineIndexesPlugin.WAITS_OTHER_THAN_TASKS
                    + tenants.condition("a")
                    + ") u) w LEFT JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = w.instance_id"
                    + " WHERE w.rank_in_step <= :top"
                    + " ORDER BY w.process_key, w.activity_id, w.duration DESC")
            .params(params)
            .query(
                (rs, row) ->
                    new Wait(
                        rs.getString("process_key"),
                        rs.getString("activity_id"),
                        rs.getString("activity_name"),
                        HistoryLabels.activityType(rs.getString("activity_type")),
                        rs.getString("instance_id"),
                        rs.getString("document_number"),
                        rs.getTimestamp("started").toInstant(),
                        rs.getTimestamp("ended").toInstant(),
                        hours(Duration.ofMillis(rs.getLong("duration"))),
                        rs.getString("assignee"),
                        names.apply(rs.getString("assignee"))))
            .list();
    Map<String, List<Wait>> bySteps = new LinkedHashMap<>();
    waits.forEach(
        w ->
            bySteps
                .computeIfAbsent(w.processKey() + "/" + w.activityId(), k -> new ArrayList<>())
                .add(w));
    return bySteps.values().stream()
        .map(
            list ->
                new StepWaits(
                    list.get(0).processKey(),
                    list.get(0).activityId(),
                    list.get(0).activityName(),
                    list.get(0).activityType(),
                    list))
        .sorted(Comparator.comparing((StepWaits s) -> s.waits().get(0).waitedHours()).reversed())
        .toList();
  }

  /** Hours, to one decimal: how the reports state delays and waits. */
  static double hours(Duration duration) {
    return Math.round(duration.toMinutes() / 6.0) / 10.0;
  }

  private static Map<String, Object> params(Period period, Tenants tenants) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("start", Timestamp.from(period.start().toInstant()));
    params.put("end", Timestamp.from(period.end().toInstant()));
    if (tenants.limited()) {
      params.put("tenants", tenants.ids());
    }
    return params;
  }

  /**
   * The tenants a report may read: all, or only these (a user limited to some customers; none
   * leaves the report empty).
   */
  record Tenants(boolean limited, Collection<String> ids) {

    static final Tenants ALL = new Tenants(false, List.of());

    static Tenants only(Collection<String> ids) {
      // an empty IN list is not SQL: a tenant id no instance has stands for "none"
      return new Tenants(true, ids.isEmpty() ? List.of("-") : List.copyOf(ids));
    }

    String condition(String alias) {
      return limited ? " AND " + alias + ".TENANT_ID_ IN (:tenants)" : "";
    }
  }

  /**
   * @param late the late tasks one by one, the first {@value #MAX_LATE_TASKS} of the period
   */
  record LateTasks(LocalDate from, LocalDate to, List<LateTaskCount> summary, List<LateTask> late) {

    /** Whether more tasks were late than {@link #late} lists. */
    @JsonProperty
    public boolean truncated() {
      return late.size() >= MAX_LATE_TASKS;
    }
  }

  /** One task type and person in the period: completed, of which late, the latest by how much. */
  record LateTaskCount(
      String processKey,
      String taskKey,
      String taskName,
      String assignee,
      String assigneeName,
      long completed,
      long late,
      Double longestDelayHours) {

    LateTaskCount withLongest(Double longest) {
      return new LateTaskCount(
          processKey, taskKey, taskName, assignee, assigneeName, completed, late, longest);
    }

    /** Late in percent of completed, one decimal. */
    @JsonProperty
    public double lateRate() {
      return completed == 0 ? 0 : Math.round(late * 1000.0 / completed) / 10.0;
    }
  }

  record LateTask(
      String taskId,
      String processKey,
      String taskKey,
      String taskName,
      String assignee,
      String assigneeName,
      Instant due,
      Instant ended,
      double lateHours,
      String processInstanceId,
      String documentNumber) {}

  record StepWaits(
      String processKey,
      String activityId,
      String activityName,
      String activityType,
      List<Wait> waits) {}

  record Wait(
      String processKey,
      String activityId,
      String activityName,
      String activityType,
      String processInstanceId,
      String documentNumber,
      Instant started,
      Instant ended,
      double waitedHours,
      String assignee,
      String assigneeName) {}
}
