package com.gendan.model;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names the models may take from Gendan's code: its Spring beans, and each process's variables
 * (from its constants class, by process key).
 */
record CodeNames(Set<String> beans, Map<String, Set<String>> variablesByProcess) {

  /** Names the engine itself resolves in an expression. */
  static final Set<String> ENGINE = Set.of("execution", "task", "authenticatedUserId");

  static CodeNames ofApplication() {
    return new CodeNames(
        ApplicationClasses.springBeanNames(),
        ProcessConstants.ofApplication().stream()
            .filter(constants -> constants.key().isPresent())
            .collect(
                Collectors.toMap(
                    constants -> constants.key().get(), ProcessConstants::variableNames)));
  }

  Set<String> variablesOf(String processKey) {
    return variablesByProcess.getOrDefault(processKey, Set.of());
  }
}
