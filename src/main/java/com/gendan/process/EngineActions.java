package com.gendan.process;

import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call as the engine itself, for API steps that Gendan has already authorized (e.g.
 * a withdrawal checked against the customer scope) but that the caller's Camunda grants do not
 * cover: assistants read their customers' instances, they do not change them directly.
 */
@Component
public class EngineActions {

  private final IdentityService identityService;
  private final RuntimeService runtimeService;

  EngineActions(IdentityService identityService, RuntimeService runtimeService) {
    this.identityService = identityService;
    this.runtimeService = runtimeService;
  }

  /**
   * Sends a message to one process instance, as the engine: the caller's right to do what the
   * message stands for has been checked by Gendan.
   */
  public void sendMessage(
      String messageName, String processInstanceId, Map<String, Object> variables) {
    asEngine(
        () ->
            runtimeService
                .createMessageCorrelation(messageName)
                .processInstanceId(processInstanceId)
                .setVariables(variables)
                .correlate());
  }

  /**
   * Sends a message that starts an event sub-process, as the engine, with the variables set in the
   * sub-process instance it starts rather than in the process instance: several such instances may
   * run at once (batches, exceptions, changes) and each keeps its own.
   */
  public void startEventSubProcess(
      String messageName, String processInstanceId, Map<String, Object> variables) {
    asEngine(
        () ->
            runtimeService
                .createMessageCorrelation(messageName)
                .processInstanceId(processInstanceId)
                .setVariablesToTriggeredScope(variables)
                .correlate());
  }

  public void asEngine(Runnable action) {
    asEngine(
        () -> {
          action.run();
          return null;
        });
  }

  public <T> T asEngine(Supplier<T> action) {
    return as(null, action);
  }

  /**
   * Runs {@code action} as {@code user} (as the engine if null), then restores the caller's
   * authentication.
   */
  public <T> T as(Authentication user, Supplier<T> action) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.setAuthentication(user);
    try {
      return action.get();
    } finally {
      identityService.setAuthentication(caller);
    }
  }
}
