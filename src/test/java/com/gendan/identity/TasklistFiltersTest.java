package com.gendan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.gendan.GendanSpringBootTest;
import com.gendan.TestUsers;
import com.gendan.schedule.IsolatedLoop;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** One user's filters cannot stop the refresh that keeps everyone's filters current. */
@GendanSpringBootTest
class TasklistFiltersTest {

  @Autowired
  TasklistFilters tasklistFilters;
  @Autowired
  FilterService filterService;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  MeterRegistry meterRegistry;

  @BeforeEach
  void setUp() {
    identityService.clearAuthentication();
  }

  @Test
  void oneUserWhoseFiltersCannotBeSavedDoesNotStopTheRefreshOfEveryoneElse() {
    String victim = TestUsers.ensure(identityService, "aafailingfilters", Role.SALES_ASSISTANT);
    String newcomer = TestUsers.ensure(identityService, "zzafterfailing", Role.SALES_REP);
    double failuresBefore = refreshFailures();
    TasklistFilters failingForVictim = new TasklistFilters(
        savingFailsFor(victim), taskService, identityService, new IsolatedLoop(meterRegistry));

    assertThatCode(failingForVictim::refreshAll).doesNotThrowAnyException();

    assertThat(filterNames(newcomer)).containsExactlyInAnyOrder(TasklistFilters.MY_TASKS,
        TasklistFilters.MY_GROUPS_TASKS, TasklistFilters.OVERDUE);
    assertThat(refreshFailures()).as("the failure is counted").isEqualTo(failuresBefore + 1);
  }

  private List<String> filterNames(String userId) {
    return filterService.createFilterQuery().filterOwner(userId).list().stream()
        .map(Filter::getName).toList();
  }

  private double refreshFailures() {
    Counter counter = meterRegistry.find(IsolatedLoop.FAILURES).tag("loop", "tasklistFilters")
        .counter();
    return counter == null ? 0 : counter.count();
  }

  /** The engine's filter service, except that saving a filter of {@code userId} fails. */
  private FilterService savingFailsFor(String userId) {
    return (FilterService) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {FilterService.class}, (proxy, method, args) -> {
          if (method.getName().equals("saveFilter") && userId.equals(((Filter) args[0]).getOwner())) {
            throw new IllegalStateException("database refused the filter of " + userId);
          }
          try {
            return method.invoke(filterService, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
