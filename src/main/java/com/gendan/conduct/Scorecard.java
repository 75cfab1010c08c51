package com.gendan.conduct;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One assistant's month (SPEC D14), from the engine's history and Gendan's tables: the tasks she
 * completed, how many by their due date, how long each took from creation to completion, overall
 * and per kind of task; the orders she had to correct; the complaints closed that month and put
 * down to her service.
 *
 * @param onTimeRate percent of the completed tasks finished by their due date, one decimal; null
 *     when she completed none
 * @param averageHandlingHours hours from a task's creation to its completion, one decimal; null
 *     when she completed none
 * @param ordersNeedingCorrection the orders whose correction (协调订单更正) she completed that month
 * @param complaintsAttributed complaints of her customers closed that month, attributed to 业助服务
 */
public record Scorecard(
    String assistant,
    String assistantName,
    YearMonth month,
    int tasksCompleted,
    int completedOnTime,
    BigDecimal onTimeRate,
    BigDecimal averageHandlingHours,
    List<TaskKind> taskKinds,
    int ordersNeedingCorrection,
    long complaintsAttributed) {

  /** The figures of one kind of task (its process and its name), the most frequent first. */
  public record TaskKind(
      String processKey,
      String processName,
      String taskKey,
      String taskName,
      int completed,
      int completedOnTime,
      BigDecimal onTimeRate,
      BigDecimal averageHandlingHours) {}
}
