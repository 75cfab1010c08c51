package com.gendan.shipment;

import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The warehouse's outbound delivery (or stock transfer) of a batch: shipped quantity per order
 * line, carrier, tracking number and date.
 */
public record OutboundRequest(
    @NotEmpty(message = "请按“行号 数量”填写实发数量") @Size(max = 50, message = "最多{max}行")
        List<@Valid @NotNull(message = "不能为空") Line> lines,
    @NotBlank(message = "请填写承运商") @Size(max = 100, message = "长度不能超过{max}个字符") String carrier,
    @NotBlank(message = "请填写运单号") @Size(max = 100, message = "长度不能超过{max}个字符")
        String trackingNumber,
    @NotNull(message = "请填写日期") LocalDate shippedOn) {

  /** One order line's shipped quantity; 0 leaves the line for a later batch. */
  public record Line(
      @NotNull(message = "请填写订单行号") Integer lineNo,
      @NotNull(message = "请填写实发数量")
          @DecimalMin(value = "0", message = "数量不能为负")
          @Fits(Numbers.Column.QUANTITY)
          BigDecimal quantity) {}
}
