package com.gendan.order;

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
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A customer's order as the assistant writes it down: channel, customer PO number, when it was
 * received, the lines and the special requirements. Left out: the currency is the first of
 * gendan.currencies, the received time is now.
 */
public record OrderRequest(
    @NotNull(message = "不能为空") Long customerId,
    @NotNull(message = "不能为空") OrderChannel channel,
    @NotBlank(message = "不能为空") @Size(max = 50, message = "长度不能超过{max}个字符") String customerPo,
    OffsetDateTime receivedAt,
    @Size(max = 3, message = "长度不能超过{max}个字符") String currency,
    @Size(max = 2000, message = "长度不能超过{max}个字符") String specialRequirements,
    @NotEmpty(message = "至少需要一行明细") @Size(max = 50, message = "最多{max}行")
        List<@NotNull(message = "不能为空") @Valid Line> lines) {

  public OrderRequest {
    lines = lines == null ? List.of() : lines;
    specialRequirements =
        specialRequirements == null || specialRequirements.isBlank()
            ? null
            : specialRequirements.strip();
  }

  @Schema(name = "OrderLine")
  public record Line(
      @NotBlank(message = "不能为空") @Size(max = 30, message = "长度不能超过{max}个字符") String productCode,
      @Size(max = 500, message = "长度不能超过{max}个字符") String spec,
      @NotNull(message = "不能为空")
          @DecimalMin(value = "0", inclusive = false, message = "必须大于0")
          @Fits(Numbers.Column.QUANTITY)
          BigDecimal quantity,
      @NotNull(message = "不能为空")
          @DecimalMin(value = "0", inclusive = false, message = "必须大于0")
          @Fits(Numbers.Column.PRICE)
          BigDecimal unitPrice,
      @NotNull(message = "不能为空") LocalDate requestedDate) {}
}
