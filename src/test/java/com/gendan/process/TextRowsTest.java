package com.gendan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRowsTest {

  private static final Duration BOUND = Duration.ofSeconds(1);

  @Test
  void readsRowsAndCellsAsPastedFromExcel() {
    List<TextRows.Row> rows = TextRows.of("linesText", "EC-1\t100\t35\n\n EC-2, 2.5 ");

    assertThat(rows).extracting(TextRows.Row::number).containsExactly(1, 3);
    assertThat(rows.get(1).cells()).containsExactly("EC-2", "2.5");
    assertThat(rows.get(1).number(1)).isEqualByComparingTo("2.5");
    assertThat(rows.get(0).wholeNumber(1)).isEqualTo(100);
  }

  @Test
  void aHugeNumberInACellIsNoNumber() {
    TextRows.Row row = TextRows.of("linesText", "1 1e10000000 " + "9".repeat(900)).get(0);

    assertThat(assertTimeoutPreemptively(BOUND, () -> row.number(1))).isNull();
    assertThat(assertTimeoutPreemptively(BOUND, () -> row.wholeNumber(1))).isNull();
    assertThat(assertTimeoutPreemptively(BOUND, () -> row.number(2))).isNull();
  }

  @Test
  void refusesMoreRowsThanAnyDocumentHasNamingTheField() {
    String text = "EC-1 1\n".repeat(TextRows.MAX_ROWS + 1);

    assertThatThrownBy(() -> TextRows.of("linesText", text))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.problems()).containsExactly(new FieldProblem("linesText", "最多200行")));
  }

  @Test
  void trailingBlankLinesDoNotCount() {
    String text = "EC-1 1\n".repeat(TextRows.MAX_ROWS) + "\n\n  \n";

    assertThat(TextRows.of("linesText", text)).hasSize(TextRows.MAX_ROWS);
  }

  @Test
  void refusesARowLongerThanAnyRowNeedsNamingIt() {
    String text = "EC-1 1\nEC-2 " + "9".repeat(1_000_000);

    assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> TextRows.of("linesText", text)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::message)
                    .containsExactly(tuple("linesText[1]", "过长，每行最多1000个字符")));
  }

  @Test
  void readsAnItemARowNamingTheRowsItCannotReadAndKeepingEachItemsRow() {
    List<FieldProblem> problems = new ArrayList<>();
    TextRows.RowItems<Integer> items =
        TextRows.read(
            "qtyText",
            "1\n\nx\n4",
            problems,
            (row, unreadable) -> {
              Integer value = row.wholeNumber(0);
              if (value == null) {
                unreadable.accept("不是整数：" + row.text());
              }
              return value;
            });

    assertThat(items.items()).containsExactly(1, 4);
    assertThat(problems).containsExactly(new FieldProblem("qtyText[2]", "不是整数：x"));
    assertThat(items.formField("lines[1].quantity")).isEqualTo("qtyText[3].quantity");
    assertThat(items.formField("lines[0]")).isEqualTo("qtyText[0]");
    assertThat(items.formField("lines")).isEqualTo("qtyText");
    assertThat(items.formField("carrier")).isEqualTo("carrier");
    assertThat(items.formField("lines[7]")).as("no such item").isEqualTo("lines[7]");
  }
}
