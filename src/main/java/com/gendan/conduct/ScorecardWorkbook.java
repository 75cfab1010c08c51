package com.gendan.conduct;

import com.gendan.document.Spreadsheet;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ResponseEntity;

/**
 * Scorecards as an Excel workbook, for the download and the monthly mail: 业助考核, a row per
 * assistant; 按任务类别, a row per assistant and kind of task.
 */
final class ScorecardWorkbook {

  private ScorecardWorkbook() {}

  /** The workbook's file name without extension: 业助考核-2026-11. */
  static String fileName(YearMonth month) {
    return "业助考核-" + month;
  }

  static ResponseEntity<byte[]> download(List<Scorecard> cards, YearMonth month, ZoneId zone) {
    return Spreadsheet.download(fileName(month), zone, cardsSheet(cards), kindsSheet(cards));
  }

  static byte[] workbook(List<Scorecard> cards, ZoneId zone) {
    return Spreadsheet.workbook(zone, cardsSheet(cards), kindsSheet(cards));
  }

  private static Spreadsheet.Sheet<Scorecard> cardsSheet(List<Scorecard> cards) {
    return new Spreadsheet.Sheet<>(
        "业助考核",
        List.of(
            new Spreadsheet.Column<>("业助", Scorecard::assistantName),
            new Spreadsheet.Column<>("月份", card -> card.month().toString()),
            new Spreadsheet.Column<>("完成任务", Scorecard::tasksCompleted),
            new Spreadsheet.Column<>("按期完成", Scorecard::completedOnTime),
            new Spreadsheet.Column<>("准时率（%）", Scorecard::onTimeRate),
            new Spreadsheet.Column<>("平均处理（小时）", Scorecard::averageHandlingHours),
            new Spreadsheet.Column<>("订单更正", Scorecard::ordersNeedingCorrection),
            new Spreadsheet.Column<>("客诉归因业助", Scorecard::complaintsAttributed),
            new Spreadsheet.Column<>("逾期应收截至", card -> card.overdueAsOf().toString()),
            new Spreadsheet.Column<>("逾期应收", Scorecard::overdueSummary)),
        cards);
  }

  private static Spreadsheet.Sheet<KindRow> kindsSheet(List<Scorecard> cards) {
    return new Spreadsheet.Sheet<>(
        "按任务类别",
        List.of(
            new Spreadsheet.Column<>("业助", row -> row.card().assistantName()),
            new Spreadsheet.Column<>("流程", row -> row.kind().processName()),
            new Spreadsheet.Column<>("任务", row -> row.kind().taskName()),
            new Spreadsheet.Column<>("完成", row -> row.kind().completed()),
            new Spreadsheet.Column<>("按期", row -> row.kind().completedOnTime()),
            new Spreadsheet.Column<>("准时率（%）", row -> row.kind().onTimeRate()),
            new Spreadsheet.Column<>("平均处理（小时）", row -> row.kind().averageHandlingHours())),
        cards.stream()
            .flatMap(card -> card.taskKinds().stream().map(kind -> new KindRow(card, kind)))
            .toList());
  }

  /** One kind of task on an assistant's scorecard, a row of the second sheet. */
  private record KindRow(Scorecard card, Scorecard.TaskKind kind) {}
}
