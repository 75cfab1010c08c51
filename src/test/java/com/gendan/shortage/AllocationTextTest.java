package com.gendan.shortage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormFields;
import com.gendan.process.TextRows;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AllocationTextTest {

  @Test
  void readsOneOrderLineARowSkippingBlankRows() {
    assertThat(AllocationText.parse("SO-2026-00001 1 3000\n\n SO-2026-00002, 2, 1500.5 ").items())
        .containsExactly(
            new AllocationLine("SO-2026-00001", 1, new BigDecimal("3000")),
            new AllocationLine("SO-2026-00002", 2, new BigDecimal("1500.5")));
  }

  @Test
  void namesEveryRowThatIsNotOrderNumberLineAndQuantity() {
    assertThatThrownBy(() -> AllocationText.parse("SO-1 1 3000\nSO-2 x 10\nSO-3 1\nSO-4 1.5 2"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::message)
                    .containsExactly(
                        tuple("allocationText[1]", "应为“订单号 行号 数量”：SO-2 x 10"),
                        tuple("allocationText[2]", "应为“订单号 行号 数量”：SO-3 1"),
                        tuple("allocationText[3]", "应为“订单号 行号 数量”：SO-4 1.5 2")));
  }

  @Test
  void aProblemOnALineIsShownOnTheRowTheManagerTypedBlankRowsCounted() throws IOException {
    TextRows.RowItems<AllocationLine> lines =
        AllocationText.parse("SO-2026-00001 1 3000\n\nSO-2026-00002 2 1500");
    FieldLabels labels = confirmAllocationFormLabels();

    assertThat(labels.of(lines.formField("lines[1].quantity"))).isEqualTo("分配数量第3行");
    assertThat(labels.of(lines.formField("lines"))).isEqualTo("分配数量");
  }

  /** The labels of the manager's form as deployed. */
  private static FieldLabels confirmAllocationFormLabels() throws IOException {
    try (InputStream form =
        AllocationTextTest.class.getResourceAsStream("/forms/confirm-allocation.form")) {
      return FormFields.of(new ObjectMapper().readTree(form)).fieldLabels();
    }
  }
}
