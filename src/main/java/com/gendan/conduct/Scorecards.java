package com.gendan.conduct;

import com.gendan.complaint.ComplaintService;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import com.gendan.order.SalesOrderProcess;
import com.gendan.process.EngineActions;
import com.gendan.receivable.OverdueReceivables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * The assistants' monthly scorecards (SPEC D14), computed from the engine's task history and the
 * complaints: what a person can check against Cockpit's history of the same tasks. A month runs
 * from its first day to the next month's, in the company's time zone; a task counts in the month it
 * was completed (a task the process ended before anyone completed it does not count).
 */
@Service
public class Scorecards {

  /** Camunda's delete reason of a task someone completed. */
  private static final String COMPLETED = "completed";

  private static final int MAX_TEAM = 500;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final HistoryService history;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final EngineActions engineActions;
  private final CustomerDirectory customers;
  private final ComplaintService complaints;
  private final PeopleDirectory people;
  private final OverdueReceivables overdue;
  private final Clock clock;

  Scorecards(
      HistoryService history,
      RepositoryService repository,
      IdentityService identity,
      EngineActions engineActions,
      CustomerDirectory customers,
      ComplaintService complaints,
      PeopleDirectory people,
      OverdueReceivables overdue,
      Clock clock) {
    this.history = history;
    this.repository = repository;
    this.identity = identity;
    this.engineActions = engineActions;
    this.customers = customers;
    this.complaints = complaints;
    this.people = people;
    this.overdue = overdue;
    this.clock = clock;
  }

  /** Every assistant's scorecard of the month, by user id. */
  public List<Scorecard> of(YearMonth month) {
    // read once for the whole team, not once per assistant
    Map<String, String> processNames = processNames();
    List<CustomerView> allCustomers = customers.all();
    List<Scorecard> cards = new ArrayList<>();
    for (User assistant :
        engineActions.asEngine(
            () ->
                identity
                    .createUserQuery()
                    .memberOfGroup(Role.SALES_ASSISTANT.groupId())
                    .orderByUserId()
                    .asc()
                    .listPage(0, MAX_TEAM))) {
      cards.add(of(assistant.getId(), month, processNames, allCustomers));
    }
    return cards;
  }

  /** The assistant's scorecard of the month. */
  public Scorecard of(String assistant, YearMonth month) {
    return of(assistant, month, processNames(), customers.all());
  }

  private Scorecard of(
      String assistant,
      YearMonth month,
      Map<String, String> processNames,
      List<CustomerView> allCustomers) {
    ZoneId zone = clock.getZone();
    Date from = Date.from(month.atDay(1).atStartOfDay(zone).toInstant());
    Date to = Date.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    // the history of every customer's tasks, read for the caller Gendan has checked
    List<HistoricTaskInstance> done =
        engineActions
            .asEngine(
                () ->
                    history
                        .createHistoricTaskInstanceQuery()
                        .taskAssignee(assistant)
                        .finished()
                        // finishedAfter is exclusive: a task completed at midnight counts
                        .finishedAfter(new Date(from.getTime() - 1))
                        .finishedBefore(to)
                        .list())
            .stream()
            .filter(task -> COMPLETED.equals(task.getDeleteReason()))
            .toList();
    Map<String, List<HistoricTaskInstance>> byKind = new LinkedHashMap<>();
    for (HistoricTaskInstance task : done) {
      byKind
          .computeIfAbsent(
              task.getProcessDefinitionKey() + "/" + task.getTaskDefinitionKey(),
              kind -> new ArrayList<>())
          .add(task);
    }
    List<Scorecard.TaskKind> kinds = new ArrayList<>();
    byKind
        .values()
        .forEach(
            tasks ->
                kinds.add(
                    new Scorecard.TaskKind(
                        tasks.get(0).getProcessDefinitionKey(),
                        processNames.getOrDefault(
                            tasks.get(0).getProcessDefinitionKey(),
                            tasks.get(0).getProcessDefinitionKey()),
                        tasks.get(0).getTaskDefinitionKey(),
                        tasks.get(0).getName(),
                        tasks.size(),
                        onTime(tasks),
                        rate(onTime(tasks), tasks.size()),
                        averageHours(tasks))));
    kinds.sort(
        Comparator.comparingInt(Scorecard.TaskKind::completed)
            .reversed()
            .thenComparing(Scorecard.TaskKind::taskName));
    int corrections =
        (int)
            done.stream()
                .filter(task -> SalesOrderProcess.KEY.equals(task.getProcessDefinitionKey()))
                .filter(
                    task ->
                        SalesOrderProcess.Elements.CORRECT_ORDER.equals(
                            task.getTaskDefinitionKey()))
                .map(HistoricTaskInstance::getProcessInstanceId)
                .distinct()
                .count();
    List<Long> hers =
        allCustomers.stream()
            .filter(customer -> assistant.equals(customer.assistantUserId()))
            .map(CustomerView::id)
            .toList();
    LocalDate overdueAsOf = min(month.atEndOfMonth(), LocalDate.now(clock));
    return new Scorecard(
        assistant,
        people.displayName(assistant),
        month,
        done.size(),
        onTime(done),
        rate(onTime(done), done.size()),
        averageHours(done),
        kinds,
        corrections,
        complaints.attributedToService(hers, month),
        overdueAsOf,
        overdue.of(hers, overdueAsOf));
  }

  private static LocalDate min(LocalDate one, LocalDate other) {
    return one.isBefore(other) ? one : other;
  }

  /** Each process's name (销售订单) by its key, as its latest version has it. */
  private Map<String, String> processNames() {
    Map<String, String> names = new HashMap<>();
    engineActions
        .asEngine(() -> repository.createProcessDefinitionQuery().latestVersion().list())
        .forEach(
            definition ->
                names.putIfAbsent(
                    definition.getKey(),
                    definition.getName() == null ? definition.getKey() : definition.getName()));
    return names;
  }

  /** Completed by the due date; a task without one counts as on time. */
  private static int onTime(List<HistoricTaskInstance> tasks) {
    return (int)
        tasks.stream()
            .filter(t -> t.getDueDate() == null || !t.getEndTime().after(t.getDueDate()))
            .count();
  }

  private static BigDecimal rate(int part, int whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal averageHours(List<HistoricTaskInstance> tasks) {
    if (tasks.isEmpty()) {
      return null;
    }
    long millis =
        tasks.stream().mapToLong(t -> t.getEndTime().getTime() - t.getStartTime().getTime()).sum();
    return BigDecimal.valueOf(millis)
        .divide(
            BigDecimal.valueOf(Duration.ofHours(1).toMillis() * tasks.size()),
            1,
            RoundingMode.HALF_UP);
  }
}
