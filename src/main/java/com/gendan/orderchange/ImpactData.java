package com.gendan.orderchange;

import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one department states about a request: material already bought or made, work in progress,
 * the cost in CNY, and the items that would be left as dead stock.
 */
record ImpactData(
    @Size(max = 2000, message = "长度不能超过{max}个字符") String material,
    @Size(max = 2000, message = "长度不能超过{max}个字符") String workInProgress,
    @NotNull(message = "请填写影响成本（无则填0）")
        @DecimalMin(value = "0", message = "不能小于0")
        @Fits(Numbers.Column.AMOUNT)
        BigDecimal cost,
    LocalDate earliestDate,
    @Size(max = 2000, message = "长度不能超过{max}个字符") String note,
    @Size(max = 50, message = "最多{max}行") List<@Valid @NotNull DeadStockLine> lines) {

  ImpactData {
    lines = lines == null ? List.of() : lines;
  }

  /** One dead-stock item: what it is, how much, and its value in CNY. */
  record DeadStockLine(
      @NotBlank(message = "请填写物料") @Size(max = 200, message = "长度不能超过{max}个字符") String item,
      @NotNull(message = "请填写数量")
          @DecimalMin(value = "0", inclusive = false, message = "必须大于0")
          @Fits(Numbers.Column.QUANTITY)
          BigDecimal quantity,
      @NotNull(message = "请填写金额")
          @DecimalMin(value = "0", message = "不能小于0")
          @Fits(Numbers.Column.AMOUNT)
          BigDecimal value) {}
}
