package com.gendan.audit;

import java.time.Instant;
import java.util.List;

/**
 * The whole story of one process instance, for an auditor: what ran when, who worked each task,
 * what the variables were, which rules decided, what failed and who changed what by hand.
 */
record InstanceStory(
    InstanceSummary instance,
    List<Step> steps,
    List<TaskRecord> tasks,
    List<VariableChange> variables,
    List<Decision> decisions,
    List<IncidentRecord> incidents,
    List<Operation> operations) {

  /** An activity that ran: its name and kind, when, how long. */
  record Step(
      String activityId,
      String name,
      String type,
      Instant start,
      Instant end,
      Long durationMillis,
      String assignee,
      String assigneeName,
      boolean canceled) {}

  /** A task: who claimed it and who completed it, when it was due and whether it was late. */
  record TaskRecord(
      String taskId,
      String name,
      String assignee,
      String assigneeName,
      Instant created,
      Instant due,
      Instant end,
      String outcome,
      String claimedBy,
      String claimedByName,
      Instant claimedAt,
      String completedBy,
      String completedByName,
      boolean overdue) {}

  /** A value a variable took, and when. */
  record VariableChange(String name, String type, String value, Instant time, int revision) {}

  /** A decision table evaluated: its inputs, and the rules that matched with their outputs. */
  record Decision(
      String decisionKey,
      String name,
      Instant evaluated,
      String activityId,
      List<Value> inputs,
      List<MatchedRule> matchedRules) {}

  record Value(String name, String value) {}

  record MatchedRule(String ruleId, Integer ruleOrder, String description, List<Value> outputs) {}

  /** A failure and whether it was resolved. */
  record IncidentRecord(
      String type, String message, String activityId, Instant created, Instant end, String state) {}

  /**
   * Something a person did to the instance or its tasks, from the user operation log: the change in
   * words ("到期时间：2026-12-06 14:30 → 2026-12-15 18:00"), empty when the operation says it all.
   */
  record Operation(
      Instant time,
      String userId,
      String userName,
      String operation,
      String taskName,
      String change) {}
}
