package com.gendan.sample;

import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A sample request (样品申请单): for which customer, which product (a known product code) or spec in
 * words, how many (in the product's unit unless another is given; "件" for a spec in words), what
 * for, free or charged, its value and when it should arrive.
 */
public record SampleRequestData(
    @NotNull(message = "不能为空") Long customerId,
    @Size(max = 30, message = "长度不能超过{max}个字符") String productCode,
    @Size(max = 500, message = "长度不能超过{max}个字符") String specText,
    @NotNull(message = "不能为空")
        @DecimalMin(value = "0", inclusive = false, message = "必须大于0")
        @Fits(Numbers.Column.QUANTITY)
        BigDecimal quantity,
    @Size(max = 10, message = "长度不能超过{max}个字符") String unit,
    @NotBlank(message = "不能为空") @Size(max = 1000, message = "长度不能超过{max}个字符") String purpose,
    Boolean charged,
    @NotNull(message = "不能为空")
        @DecimalMin(value = "0", message = "不能小于0")
        @Fits(Numbers.Column.AMOUNT)
        BigDecimal sampleValue,
    @NotNull(message = "不能为空") LocalDate targetDate) {

  public SampleRequestData {
    productCode = productCode == null || productCode.isBlank() ? null : productCode.trim();
    specText = specText == null || specText.isBlank() ? null : specText.trim();
    unit = unit == null || unit.isBlank() ? null : unit.trim();
    charged = Boolean.TRUE.equals(charged);
  }
}
