package com.gendan.shipment;

import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Production reports finished quantities for an order, per order line. */
public record GoodsReadyRequest(
    @NotEmpty(message = "请至少报告一行完工数量") @Size(max = 50, message = "最多{max}行")
        List<@Valid @NotNull(message = "不能为空") Line> lines,
    @Size(max = 1000, message = "长度不能超过{max}个字符") String note) {

  /** One order line's finished quantity. */
  @Schema(name = "GoodsReadyLine")
  public record Line(
      @NotNull(message = "请填写订单行号") Integer lineNo,
      @NotNull(message = "请填写完工数量")
          @DecimalMin(value = "0", inclusive = false, message = "完工数量必须大于0")
          @Fits(Numbers.Column.QUANTITY)
          BigDecimal quantity) {}
}
