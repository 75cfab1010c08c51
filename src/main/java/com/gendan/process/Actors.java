package com.gendan.process;

/** Who is acting inside an engine command: the logged-in user that called the engine. */
public final class Actors {

  /** Recorded as the actor of steps the engine takes on its own (timers, async jobs). */
  public static final String SYSTEM = "system";

  private Actors() {}

  /** The authenticated user, else {@code fallback} (e.g. the task's assignee), else system. */
  public static String currentUserOr(String fallback) {
    String userId = RunningCommand.userId();
    if (userId != null) {
      return userId;
    }
    return fallback != null ? fallback : SYSTEM;
  }
}
