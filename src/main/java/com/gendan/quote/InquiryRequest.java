package com.gendan.quote;

import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * An inquiry: who asks for which products in what quantities, at what target price, in which
 * currency, and how long the quote shall hold. Left out: the default currency and validity.
 */
public record InquiryRequest(
    @NotNull(message = "不能为空") Long customerId,
    @Size(max = 3, message = "长度不能超过{max}个字符") String currency,
    @Min(value = 1, message = "必须在1到365之间") @Max(value = 365, message = "必须在1到365之间")
        Integer validityDays,
    @Size(max = 2000, message = "长度不能超过{max}个字符") String note,
    @NotEmpty(message = "至少需要一行明细")
        @Size(max = QuoteApprovalProcess.Variables.MAX_LINES, message = "最多{max}行")
        List<@NotNull(message = "不能为空") @Valid Line> lines) {

  public InquiryRequest {
    lines = lines == null ? List.of() : lines;
  }

  @Schema(name = "InquiryLine")
  public record Line(
      @NotBlank(message = "不能为空") @Size(max = 30, message = "长度不能超过{max}个字符") String productCode,
      @NotNull(message = "不能为空")
          @DecimalMin(value = "0", inclusive = false, message = "必须大于0")
          @Fits(Numbers.Column.QUANTITY)
          BigDecimal quantity,
      @DecimalMin(value = "0", inclusive = false, message = "必须大于0") @Fits(Numbers.Column.PRICE)
          BigDecimal targetPrice) {}
}
