package com.gendan.orderchange;

import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An approved change to an order's lines (D6): new quantity and requested date per line. */
public record OrderChangeRequest(
    @NotEmpty(message = "请至少变更一行") @Size(max = 50, message = "最多{max}行")
        List<@Valid @NotNull(message = "不能为空") Line> lines,
    @NotBlank(message = "请写明变更原因") @Size(max = 1000, message = "长度不能超过{max}个字符") String reason) {

  /** A changed line; a quantity of 0 passes here, the order refuses it (a cancellation, then). */
  @Schema(name = "OrderChangeLine")
  public record Line(
      @NotNull(message = "请填写订单行号") Integer lineNo,
      @NotNull(message = "请填写变更后的数量")
          @DecimalMin(value = "0", message = "不能小于0")
          @Fits(Numbers.Column.QUANTITY)
          BigDecimal quantity,
      @NotNull(message = "请填写变更后的交期") LocalDate requestedDate) {}
}
