package com.gendan.audit;

import com.gendan.customer.CustomerDirectory;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.document.DocumentLinks;
import com.gendan.identity.PeopleDirectory;
import com.gendan.order.SalesOrderProcess;
import com.gendan.problem.NotFoundException;
import com.gendan.quote.QuoteApprovalProcess;
import com.gendan.sample.SampleTrackingProcess;
import com.gendan.scope.CustomerTenants;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Service;

/**
 * Finished and running work as the history keeps it, read as the calling user: the engine's
 * authorization and tenant checks decide what the user sees (an assistant, her customers' work; an
 * auditor, everything; nobody, another team's instance even by its id).
 */
@Service
class ProcessHistory {

  /** More than any one instance has; a story is read in one go, but never unbounded. */
  static final int MAX_ROWS = 2000;

  /** Long values (a text of order lines) are cut for the list; the document page has them all. */
  static final int MAX_VALUE_LENGTH = 500;

  /** The engine's own counters of a multi-instance step: nothing an auditor reads. */
  private static final Set<String> MULTI_INSTANCE_VARIABLES =
      Set.of("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter");

  /** The printable page of each process's document, by process; its business key is the number. */
  private static final Map<String, String> DOCUMENT_PAGES =
      Map.of(
          QuoteApprovalProcess.KEY, DocumentLinks.QUOTES,
          SampleTrackingProcess.KEY, DocumentLinks.SAMPLES,
          SalesOrderProcess.KEY, DocumentLinks.ORDERS);

  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final HistoryService history;
  private final RepositoryService repository;
  private final CustomerDirectory customers;
  private final PeopleDirectory people;
  private final Clock clock;

  ProcessHistory(
      HistoryService history,
      RepositoryService repository,
      CustomerDirectory customers,
      PeopleDirectory people,
      Clock clock) {
    this.history = history;
    this.repository = repository;
    this.customers = customers;
    this.people = people;
    this.clock = clock;
  }

  /** What a search asks for; every part optional. */
  record Search(
      String documentNumber,
      Collection<Long> customerIds,
      String processKey,
      InstanceState state,
      Period started) {}

  /** Instances matching {@code search}, newest first, a page at a time. */
  ResultPage<InstanceSummary> search(Search search, Paging paging) {
    HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery();
    if (search.documentNumber() != null) {
      // numbers hold letters, digits and '-' only (checked at the edge): no LIKE wildcard in them
      query.processInstanceBusinessKeyLike(search.documentNumber() + "%");
    }
    if (search.customerIds() != null) {
      if (search.customerIds().isEmpty()) {
        return ResultPage.empty(paging);
      }
      query.tenantIdIn(
          search.customerIds().stream().map(CustomerTenants::tenantId).toArray(String[]::new));
    }
    if (search.processKey() != null) {
      query.processDefinitionKey(search.processKey());
    }
    if (search.state() == InstanceState.RUNNING) {
      query.unfinished();
    } else if (search.state() == InstanceState.FINISHED) {
      query.finished();
    }
    if (search.started() != null) {
      query
          .startedAfter(Date.from(search.started().start().toInstant()))
          .startedBefore(Date.from(search.started().end().toInstant()));
    }
    int first = paging.offset();
    // not counted: a count over every finished instance costs what the history is; "at least"
    List<HistoricProcessInstance> rows =
        query.orderByProcessInstanceStartTime().desc().listPage(first, paging.size() + 1);
    boolean hasNext = rows.size() > paging.size();
    List<HistoricProcessInstance> page = hasNext ? rows.subList(0, paging.size()) : rows;
    long total = first + page.size() + (hasNext ? 1 : 0);
    Map<String, String> customerNames = new HashMap<>();
    UnaryOperator<String> nameOf = people.namesLookedUpOnce();
    return new ResultPage<>(
        page.stream().map(i -> summary(i, customerNames, nameOf)).toList(),
        paging.page(),
        paging.size(),
        total,
        !hasNext,
        (int) ((total + paging.size() - 1) / paging.size()),
        hasNext);
  }

  /** The story of one instance the user may see; 404 for one that is not there or not theirs. */
  InstanceStory story(String processInstanceId) {
    HistoricProcessInstance instance =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    if (instance == null) {
      throw new NotFoundException("流程实例不存在或无权查看：" + processInstanceId);
    }
    List<UserOperationLogEntry> operations =
        history
            .createUserOperationLogQuery()
            .processInstanceId(processInstanceId)
            .orderByTimestamp()
            .asc()
            .listPage(0, MAX_ROWS);
    UnaryOperator<String> nameOf = people.namesLookedUpOnce();
    List<InstanceStory.TaskRecord> tasks = tasks(processInstanceId, operations, nameOf);
    Map<String, String> taskNames = new HashMap<>();
    tasks.forEach(t -> taskNames.put(t.taskId(), t.name()));
    return new InstanceStory(
        summary(instance, new HashMap<>(), nameOf),
        steps(processInstanceId, nameOf),
        tasks,
        variables(processInstanceId),
        decisions(processInstanceId),
        incidents(processInstanceId),
        operations.stream().map(o -> operation(o, nameOf, taskNames)).toList());
  }

  private InstanceSummary summary(
      HistoricProcessInstance i, Map<String, String> customerNames, UnaryOperator<String> nameOf) {
    return new InstanceSummary(
        i.getId(),
        i.getProcessDefinitionKey(),
        i.getProcessDefinitionName(),
        i.getProcessDefinitionVersion() == null ? 0 : i.getProcessDefinitionVersion(),
        i.getBusinessKey(),
        customerNames.computeIfAbsent(
            String.valueOf(i.getTenantId()), tenant -> customerName(i.getTenantId())),
        HistoryLabels.state(i.getState()),
        instant(i.getStartTime()),
        instant(i.getEndTime()),
        i.getStartUserId(),
        nameOf.apply(i.getStartUserId()),
        i.getBusinessKey() == null || !DOCUMENT_PAGES.containsKey(i.getProcessDefinitionKey())
            ? null
            : DOCUMENT_PAGES.get(i.getProcessDefinitionKey()) + i.getBusinessKey());
  }

  /** "C001 苏州恒达电子有限公司", or what the tenant stands for when it is no customer's. */
  private String customerName(String tenantId) {
    if (CustomerTenants.DEPARTMENT.equals(tenantId)) {
      return "部门内部事务";
    }
    return CustomerTenants.customerIdOf(tenantId)
        .flatMap(customers::findById)
        .map(c -> c.code() + " " + c.chineseName())
        .orElse(null);
  }

  private List<InstanceStory.Step> steps(String processInstanceId, UnaryOperator<String> nameOf) {
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .orderPartiallyByOccurrence()
        .asc()
        .listPage(0, MAX_ROWS)
        .stream()
        .filter(a -> !"multiInstanceBody".equals(a.getActivityType()))
        .map(
            a ->
                new InstanceStory.Step(
                    a.getActivityId(),
                    a.getActivityName(),
                    HistoryLabels.activityType(a.getActivityType()),
                    instant(a.getStartTime()),
                    instant(a.getEndTime()),
                    a.getDurationInMillis(),
                    a.getAssignee(),
                    nameOf.apply(a.getAssignee()),
                    a.isCanceled()))
        .toList();
  }

  private List<InstanceStory.TaskRecord> tasks(
      String processInstanceId,
      List<UserOperationLogEntry> operations,
      UnaryOperator<String> nameOf) {
    Map<String, UserOperationLogEntry> claims = new HashMap<>();
    Map<String, UserOperationLogEntry> completions = new HashMap<>();
    for (UserOperationLogEntry entry : operations) {
      if (entry.getTaskId() == null || !EntityTypes.TASK.equals(entry.getEntityType())) {
        continue;
      }
      if (UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(entry.getOperationType())
          && entry.getNewValue() != null) {
        claims.put(entry.getTaskId(), entry);
      } else if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType())) {
        completions.put(entry.getTaskId(), entry);
      }
    }
    Instant now = clock.instant();
    return history
        .createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .listPage(0, MAX_ROWS)
        .stream()
        .map(t -> task(t, claims.get(t.getId()), completions.get(t.getId()), now, nameOf))
        .toList();
  }

  private static InstanceStory.TaskRecord task(
      HistoricTaskInstance t,
      UserOperationLogEntry claim,
      UserOperationLogEntry completion,
      Instant now,
      UnaryOperator<String> nameOf) {
    String claimedBy = claim == null ? null : claim.getUserId();
    String completedBy = completion == null ? null : completion.getUserId();
    Instant due = instant(t.getDueDate());
    Instant end = instant(t.getEndTime());
    return new InstanceStory.TaskRecord(
        t.getId(),
        t.getName(),
        t.getAssignee(),
        nameOf.apply(t.getAssignee()),
        instant(t.getStartTime()),
        due,
        end,
        end == null ? "进行中" : "completed".equals(t.getDeleteReason()) ? "已完成" : "已取消",
        claimedBy,
        nameOf.apply(claimedBy),
        claim == null ? null : instant(claim.getTimestamp()),
        completedBy,
        nameOf.apply(completedBy),
        due != null && (end == null ? now : end).isAfter(due));
  }

  private List<InstanceStory.VariableChange> variables(String processInstanceId) {
    return history
        .createHistoricDetailQuery()
        .processInstanceId(processInstanceId)
        .variableUpdates()
        .disableCustomObjectDeserialization()
        .orderByTime()
        .asc()
        .listPage(0, MAX_ROWS)
        .stream()
        .filter(HistoricVariableUpdate.class::isInstance)
        .map(HistoricVariableUpdate.class::cast)
        .filter(v -> !MULTI_INSTANCE_VARIABLES.contains(v.getVariableName()))
        .map(
            v ->
                new InstanceStory.VariableChange(
                    v.getVariableName(),
                    v.getTypeName(),
                    shown(v),
                    instant(((HistoricDetail) v).getTime()),
                    v.getRevision()))
        .toList();
  }

  private String shown(HistoricVariableUpdate update) {
    TypedValue value = update.getTypedValue();
    String text =
        value == null
            ? null
            : value instanceof SerializableValue serializable
                ? serializable.getValueSerialized()
                : value.getValue() instanceof Date date
                    ? localTime(date)
                    : value.getValue() == null ? null : String.valueOf(value.getValue());
    return text == null || text.length() <= MAX_VALUE_LENGTH
        ? text
        : text.substring(0, MAX_VALUE_LENGTH) + "…";
  }

  private List<InstanceStory.Decision> decisions(String processInstanceId) {
    Map<String, Function<String, String>> ruleDescriptions = new HashMap<>();
    return history
        .createHistoricDecisionInstanceQuery()
        .processInstanceId(processInstanceId)
        .includeInputs()
        .includeOutputs()
        .disableCustomObjectDeserialization()
        .orderByEvaluationTime()
        .asc()
        .listPage(0, MAX_ROWS)
        .stream()
        .map(
            d ->
                decision(
                    d,
                    ruleDescriptions.computeIfAbsent(
                        d.getDecisionDefinitionId(), this::ruleDescriptions)))
        .toList();
  }

  private static InstanceStory.Decision decision(
      HistoricDecisionInstance d, Function<String, String> ruleDescription) {
    Map<String, List<HistoricDecisionOutputInstance>> byRule = new LinkedHashMap<>();
    d.getOutputs().stream()
        .sorted(
            Comparator.comparing(
                HistoricDecisionOutputInstance::getRuleOrder,
                Comparator.nullsLast(Comparator.naturalOrder())))
        .forEach(o -> byRule.computeIfAbsent(o.getRuleId(), id -> new ArrayList<>()).add(o));
    List<InstanceStory.MatchedRule> rules = new ArrayList<>();
    byRule.forEach(
        (ruleId, outputs) ->
            rules.add(
                new InstanceStory.MatchedRule(
                    ruleId,
                    outputs.get(0).getRuleOrder(),
                    ruleDescription.apply(ruleId),
                    outputs.stream()
                        .map(
                            o ->
                                new InstanceStory.Value(
                                    label(o.getClauseName(), o.getVariableName()),
                                    String.valueOf(o.getValue())))
                        .toList())));
    return new InstanceStory.Decision(
        d.getDecisionDefinitionKey(),
        d.getDecisionDefinitionName(),
        instant(d.getEvaluationTime()),
        d.getActivityId(),
        d.getInputs().stream().map(ProcessHistory::input).toList(),
        rules);
  }

  private static InstanceStory.Value input(HistoricDecisionInputInstance i) {
    return new InstanceStory.Value(
        label(i.getClauseName(), i.getClauseId()), String.valueOf(i.getValue()));
  }

  /** The descriptions the process owner wrote on the rules of a decision table, by rule id. */
  private Function<String, String> ruleDescriptions(String decisionDefinitionId) {
    Map<String, String> descriptions = new HashMap<>();
    repository
        .getDmnModelInstance(decisionDefinitionId)
        .getModelElementsByType(Rule.class)
        .forEach(
            rule -> {
              if (rule.getDescription() != null) {
                descriptions.put(rule.getId(), rule.getDescription().getTextContent().strip());
              }
            });
    return descriptions::get;
  }

  private List<InstanceStory.IncidentRecord> incidents(String processInstanceId) {
    return history
        .createHistoricIncidentQuery()
        .processInstanceId(processInstanceId)
        .orderByCreateTime()
        .asc()
        .listPage(0, MAX_ROWS)
        .stream()
        .map(
            i ->
                new InstanceStory.IncidentRecord(
                    HistoryLabels.incidentType(i.getIncidentType()),
                    i.getIncidentMessage(),
                    i.getActivityId(),
                    instant(i.getCreateTime()),
                    instant(i.getEndTime()),
                    i.isOpen() ? "未解决" : i.isResolved() ? "已解决" : "已删除"))
        .toList();
  }

  /** The entry in words; a completed task's "delete" flag says nothing a person reads. */
  private InstanceStory.Operation operation(
      UserOperationLogEntry o, UnaryOperator<String> nameOf, Map<String, String> taskNames) {
    String property = o.getProperty();
    String change =
        property == null || "delete".equals(property)
            ? null
            : HistoryLabels.property(property)
                + "："
                + shown(property, o.getOrgValue(), nameOf)
                + " → "
                + shown(property, o.getNewValue(), nameOf);
    return new InstanceStory.Operation(
        instant(o.getTimestamp()),
        o.getUserId(),
        nameOf.apply(o.getUserId()),
        HistoryLabels.operation(o.getOperationType()),
        o.getTaskId() == null ? null : taskNames.get(o.getTaskId()),
        change);
  }

  /** A value of the operation log as a person reads it: names for users, local times for dates. */
  private String shown(String property, String value, UnaryOperator<String> nameOf) {
    if (value == null || value.isBlank()) {
      return "（空）";
    }
    if (("assignee".equals(property) || "owner".equals(property))) {
      return nameOf.apply(value);
    }
    if (property.endsWith("Date") && value.chars().allMatch(Character::isDigit)) {
      return localTime(new Date(Long.parseLong(value)));
    }
    return value;
  }

  private String localTime(Date date) {
    return LOCAL_TIME.format(date.toInstant().atZone(clock.getZone()));
  }

  private static String label(String name, String fallback) {
    return Optional.ofNullable(name).filter(n -> !n.isBlank()).orElse(fallback);
  }

  static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
