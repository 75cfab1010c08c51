package com.gendan.orderchange;

import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A change or cancellation request on an order (D6): for a change the changed lines (new quantity,
 * requested date or spec; what is left out stays), for either the reason.
 */
public record ChangeRequestData(
    @NotNull(message = "请选择变更或取消") ChangeKind kind,
    @Size(max = 50, message = "最多{max}行") List<@Valid @NotNull(message = "不能为空") Line> lines,
    @NotBlank(message = "请写明原因") @Size(max = 1000, message = "长度不能超过{max}个字符") String reason) {

  public ChangeRequestData {
    lines = lines == null ? List.of() : lines;
  }

  /** A changed line: at least one of quantity, requested date and spec. */
  @Schema(name = "ChangeRequestLine")
  public record Line(
      @NotNull(message = "请填写订单行号")
          @Min(value = 1, message = "不能小于1")
          @Max(value = 999, message = "不能大于999")
          Integer lineNo,
      @DecimalMin(value = "0", inclusive = false, message = "必须大于0（整单不要了请选取消）")
          @Fits(Numbers.Column.QUANTITY)
          BigDecimal quantity,
      LocalDate requestedDate,
      @Size(max = 500, message = "长度不能超过{max}个字符") String spec) {}
}
