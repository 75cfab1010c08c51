package com.gendan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldLabelsTest {

  private final FieldLabels labels =
      FieldLabels.of(
          Map.of(
              "linesText", "订单明细",
              "shippedLinesText", "实发数量"));

  @Test
  void labelledFieldIsShownByItsLabel() {
    assertThat(labels.of("shippedLinesText")).isEqualTo("实发数量");
  }

  @Test
  void rowOfALabelledListIsCountedFromOne() {
    assertThat(labels.of("linesText[0]")).isEqualTo("订单明细第1行");
    assertThat(labels.of("linesText[2]")).isEqualTo("订单明细第3行");
  }

  @Test
  void fieldOfARowIsShownAsTheRow() {
    assertThat(labels.of("linesText[1].quantity")).isEqualTo("订单明细第2行");
  }

  @Test
  void unknownFieldKeepsItsName() {
    assertThat(labels.of("orderId")).isEqualTo("orderId");
    assertThat(labels.of("lines[0].quantity")).isEqualTo("lines[0].quantity");
  }

  @Test
  void malformedRowKeepsItsName() {
    assertThat(labels.of("linesText[lineNo=7].lineNo")).isEqualTo("linesText[lineNo=7].lineNo");
    assertThat(labels.of("linesText[]")).isEqualTo("linesText[]");
    assertThat(labels.of("linesText[-1]")).isEqualTo("linesText[-1]");
    assertThat(labels.of("linesText[99999999999]")).isEqualTo("linesText[99999999999]");
    assertThat(labels.of("linesText[2")).isEqualTo("linesText[2");
  }

  @Test
  void aFieldTheServiceNamesOtherwiseIsShownAsTheFormsField() {
    FieldLabels named =
        FieldLabels.of(Map.of("customerCode", "客户编号", "linesText", "订单明细"))
            .naming("customerId", "customerCode")
            .naming("lines", "linesText");

    assertThat(named.of("customerId")).isEqualTo("客户编号");
    assertThat(named.of("lines[1].quantity")).isEqualTo("订单明细第2行");
    assertThat(named.of("customerCode")).isEqualTo("客户编号");
    assertThat(labels.of("customerId"))
        .as("the labels named from are unchanged")
        .isEqualTo("customerId");
  }

  @Test
  void labelsReadWhenNeededAreReadOnceAndOnlyWhenAsked() {
    java.util.concurrent.atomic.AtomicInteger reads =
        new java.util.concurrent.atomic.AtomicInteger();
    FieldLabels lazy =
        FieldLabels.readWhenNeeded(
            () -> {
              reads.incrementAndGet();
              return Map.of("carrier", "承运商");
            });
    assertThat(reads).hasValue(0);

    assertThat(lazy.of("carrier")).isEqualTo("承运商");
    assertThat(lazy.naming("forwarder", "carrier").of("forwarder")).isEqualTo("承运商");
    assertThat(reads).hasValue(1);
  }
}
