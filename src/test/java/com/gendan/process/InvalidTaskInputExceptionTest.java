package com.gendan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidTaskInputExceptionTest {

  private final FieldLabels labels = FieldLabels.of(Map.of("linesText", "订单明细", "carrier", "承运商"));

  @Test
  void stepsResultIsAnswered() {
    assertThat(InvalidTaskInputException.translating(labels::of, () -> 42)).isEqualTo(42);
  }

  @Test
  void invalidRequestNamesEachFieldByItsLabel() {
    InvalidRequestException invalid =
        new InvalidRequestException(
            List.of(
                new FieldProblem("linesText[1]", "数量必须大于0"),
                new FieldProblem("carrier", "请填写承运商")));
    assertThatThrownBy(
            () ->
                InvalidTaskInputException.translating(
                    labels::of,
                    () -> {
                      throw invalid;
                    }))
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessage("订单明细第2行：数量必须大于0；承运商：请填写承运商");
  }

  @Test
  void unreadableRowsAndTheServicesProblemsAreNamedAlikeInTheOrderOfTheRows() {
    List<FieldProblem> unreadable = new ArrayList<>();
    TextRows.RowItems<String> rows =
        TextRows.read(
            "linesText",
            "EC-1 5\n??\nEC-3 -1",
            unreadable,
            (row, problem) -> {
              if (row.text().startsWith("?")) {
                problem.accept("应为“产品编号 数量”：" + row.text());
                return null;
              }
              return row.cells().get(0);
            });

    assertThatThrownBy(
            () ->
                InvalidTaskInputException.registeringRows(
                    rows,
                    unreadable,
                    labels::of,
                    () ->
                        List.of(
                            new FieldProblem("lines[1].quantity", "必须大于0"),
                            new FieldProblem("lines[0].productCode", "产品不存在：EC-1")),
                    () -> {
                      throw new AssertionError("nothing is registered while a row is wrong");
                    }))
        .isInstanceOf(InvalidTaskInputException.class)
        .hasMessage("订单明细第1行：产品不存在：EC-1；订单明细第2行：应为“产品编号 数量”：??；订单明细第3行：必须大于0");
  }

  @Test
  void otherExceptionsPassUnchanged() {
    IllegalArgumentException other = new IllegalArgumentException("channel");
    assertThatThrownBy(
            () ->
                InvalidTaskInputException.translating(
                    labels::of,
                    (Runnable)
                        () -> {
                          throw other;
                        }))
        .isSameAs(other);
  }
}
