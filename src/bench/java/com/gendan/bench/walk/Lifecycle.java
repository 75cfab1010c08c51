package com.gendan.bench.walk;

import java.util.List;

/**
 * One walk of a process from its start to its end: the first step starts it, the rest are the
 * users' tasks and calls in order; the walk is over when the instance has ended.
 */
public record Lifecycle(String model, List<Step> steps) {

  public Lifecycle {
    steps = List.copyOf(steps);
    if (steps.isEmpty()
        || !(steps.get(0) instanceof Step.ApiStart || steps.get(0) instanceof Step.EngineStart)) {
      throw new IllegalArgumentException("a lifecycle begins with a start: " + steps);
    }
  }

  /** The wait states a user ends: the user tasks. */
  public int userTasks() {
    return (int) steps.stream().filter(Step.CompleteTask.class::isInstance).count();
  }
}
