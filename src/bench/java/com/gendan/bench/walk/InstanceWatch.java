package com.gendan.bench.walk;

/**
 * Waits, without the HTTP stack and without being counted, until an instance has reached a wait
 * state: a user looks at Tasklist when the work is there, not before.
 */
public interface InstanceWatch {

  void awaitTask(String processInstanceId, String taskKey);

  void awaitEnd(String processInstanceId);
}
