package com.gendan.model;

import com.gendan.identity.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Candidate groups must be role group ids, or an expression such as {@code ${approverGroups}}. */
final class CandidateGroups {

  private static final Set<String> ROLE_GROUPS =
      Arrays.stream(Role.values()).map(Role::groupId).collect(Collectors.toUnmodifiableSet());

  /** The role group ids, for a message: {@code sales-assistant、sales-rep、…}. */
  static final String KNOWN =
      Arrays.stream(Role.values()).map(Role::groupId).collect(Collectors.joining("、"));

  private CandidateGroups() {}

  static List<String> unknownIn(String candidateGroups) {
    if (isExpression(candidateGroups.trim())) {
      return List.of();
    }
    return Arrays.stream(candidateGroups.split(","))
        .map(String::trim)
        .filter(group -> !ROLE_GROUPS.contains(group) && !isExpression(group))
        .toList();
  }

  private static boolean isExpression(String value) {
    return (value.startsWith("${") || value.startsWith("#{")) && value.endsWith("}");
  }
}
