package com.gendan.process;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Who is acting inside an engine command: the logged-in user that called the engine. */
public final class Actors {

  /** Recorded as the actor of steps the engine takes on its own (timers, async jobs). */
  public static final String SYSTEM = "system";

  private Actors() {
  }

  /** The authenticated user, else {@code fallback} (e.g. the task's assignee), else system. */
  public static String currentUserOr(String fallback) {
    CommandContext commandContext = Context.getCommandContext();
    String userId = commandContext == null ? null : commandContext.getAuthenticatedUserId();
    if (userId != null) {
      return userId;
    }
    return fallback != null ? fallback : SYSTEM;
  }
}
