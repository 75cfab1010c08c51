package com.gendan.conduct;

import com.gendan.document.DocumentFormat;
import com.gendan.receivable.OverdueReceivables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

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
 * @param overdueAsOf the day the overdue receivables are counted at: the month's last, or today
 *     while the month runs
 * @param overdueReceivables her customers' receivables past due that day, per currency
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
    long complaintsAttributed,
    LocalDate overdueAsOf,
    List<OverdueReceivables.Overdue> overdueReceivables) {

  private static final DocumentFormat FORMAT = new DocumentFormat();

  /** The overdue receivables as a person reads them: {@code CNY 1,500.00（2 笔）}, or 无. */
  public String overdueSummary() {
    return overdueReceivables.isEmpty()
        ? "无"
        : overdueReceivables.stream()
            .map(o -> o.currency() + " " + FORMAT.money(o.amount()) + "（" + o.items() + " 笔）")
            .collect(Collectors.joining("；"));
  }

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
