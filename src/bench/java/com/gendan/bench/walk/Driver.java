package com.gendan.bench.walk;

/**
 * Carries out the steps of a lifecycle one way: through Gendan's HTTP stack ({@link HttpDriver}) or
 * the engine's Java API ({@link JavaApiDriver}). A step returns once it is done and the instance
 * has reached its next wait state (a task being there, or the end) is what the next step waits for.
 */
public interface Driver {

  Started start(Step start);

  void completeTask(Started instance, Step.CompleteTask step);

  void callApi(Started instance, Step.ApiCall step);

  void sendMessage(Started instance, Step.Message step);

  void awaitEnd(Started instance);

  /**
   * How long this driver has waited so far for the instance's own work between steps (async steps
   * and timers run by the job executor); zero for a driver that runs them itself.
   */
  default long waitedNanos() {
    return 0;
  }

  /** Walks the lifecycle from its start to the instance's end. */
  default void walk(Lifecycle lifecycle) {
    Started instance = start(lifecycle.steps().get(0));
    for (Step step : lifecycle.steps().subList(1, lifecycle.steps().size())) {
      if (step instanceof Step.CompleteTask task) {
        completeTask(instance, task);
      } else if (step instanceof Step.ApiCall call) {
        callApi(instance, call);
      } else if (step instanceof Step.Message message) {
        sendMessage(instance, message);
      } else {
        throw new IllegalArgumentException("a second start in one lifecycle: " + step);
      }
    }
    awaitEnd(instance);
  }
}
