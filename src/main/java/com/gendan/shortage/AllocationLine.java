package com.gendan.shortage;

import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** What the sales manager gives one order line of the short product. */
record AllocationLine(
    @NotBlank(message = "请填写订单号") String orderNumber,
    int lineNo,
    @NotNull(message = "请填写数量")
        @DecimalMin(value = "0", message = "数量不能为负")
        @Fits(Numbers.Column.QUANTITY)
        BigDecimal quantity) {

  /** How the allocation form names the line: "订单号 行号", as {@link Claim#key()}. */
  String key() {
    return orderNumber + " " + lineNo;
  }
}
