package com.gendan.security;

import java.util.Optional;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Remembers, per thread, the exception the outermost engine command of a request failed with. The
 * engine REST API answers most failures 500 with a message that names ids and keys; the HTTP layer
 * ({@link EngineErrorResponses}) reads the real exception here to answer by its type.
 */
final class CommandFailures {

  private static final ThreadLocal<Throwable> LAST = new ThreadLocal<>();
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private CommandFailures() {}

  /** Forgets what an earlier request on this thread left. */
  static void clear() {
    LAST.remove();
  }

  /** The failure of the last outermost command on this thread, if it failed. */
  static Optional<Throwable> last() {
    return Optional.ofNullable(LAST.get());
  }

  /** Put first in the engine's command chain: sees each command's exception as it leaves. */
  static CommandInterceptor interceptor() {
    return new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        int[] depth = DEPTH.get();
        if (depth[0]++ == 0) {
          LAST.remove();
        }
        try {
          return next.execute(command);
        } catch (RuntimeException | Error e) {
          if (depth[0] == 1) {
            LAST.set(e);
          }
          throw e;
        } finally {
          depth[0]--;
        }
      }
    };
  }
}
