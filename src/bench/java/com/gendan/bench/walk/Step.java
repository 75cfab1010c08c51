package com.gendan.bench.walk;

import java.util.Map;

/** One thing a user (or Gendan's API on a user's behalf) does in a lifecycle. */
public sealed interface Step {

  /**
   * Registers a business document through Gendan's API ({@code POST path} with a JSON body, as
   * {@code user}); Gendan starts its process. The answer carries the document's {@code id} and its
   * {@code processInstanceId}.
   */
  record ApiStart(String user, String path, Map<String, Object> body) implements Step {}

  /**
   * Starts a process by key with start-form values, as {@code user}: through the engine REST API
   * ({@code POST /engine-rest/process-definition/key/{key}/start}) or the engine's Java API.
   */
  record EngineStart(String user, String processKey, Map<String, Object> values) implements Step {}

  /**
   * Completes the instance's open task at {@code taskKey} with its form's values, as {@code user}.
   */
  record CompleteTask(String user, String taskKey, Map<String, Object> values) implements Step {}

  /**
   * Calls Gendan's API about the started document ({@code POST}, {@code {id}} in the path is the
   * document's id), as {@code user}.
   */
  record ApiCall(String user, String pathTemplate, Map<String, Object> body) implements Step {}

  /**
   * Sends a message to the instance: through the engine REST API this is an admin's call (users may
   * not send messages there), through the Java API the engine's.
   */
  record Message(String messageName) implements Step {}
}
