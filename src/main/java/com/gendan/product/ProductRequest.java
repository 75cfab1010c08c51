package com.gendan.product;

import com.gendan.data.Codes;
import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The body of a create or update of a product; rules across fields are in {@link ProductRules}. */
record ProductRequest(
    @NotBlank(message = "不能为空")
        @Size(max = 30, message = "长度不能超过{max}个字符")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "只能包含字母、数字、下划线和短横线")
        String code,
    @NotBlank(message = "不能为空") @Size(max = 100, message = "长度不能超过{max}个字符") String name,
    @Size(max = 200, message = "长度不能超过{max}个字符") String spec,
    @NotBlank(message = "不能为空") @Size(max = 10, message = "长度不能超过{max}个字符") String unit,
    @NotNull(message = "不能为空") @Positive(message = "必须大于0") @Fits(Numbers.Column.PRICE)
        BigDecimal listPrice,
    @NotNull(message = "不能为空") @Positive(message = "必须大于0") @Fits(Numbers.Column.PRICE)
        BigDecimal floorPrice,
    @NotBlank(message = "不能为空") @Size(max = 3, message = "长度不能超过{max}个字符") String currency,
    @NotNull(message = "不能为空")
        @Min(value = 0, message = "不能小于{value}")
        @Max(value = 365, message = "不能大于{value}")
        Integer leadTimeDays,
    @NotNull(message = "不能为空") @Positive(message = "必须大于0") @Fits(Numbers.Column.QUANTITY)
        BigDecimal minimumOrderQuantity) {

  ProductRequest {
    code = Codes.normalized(code);
  }
}
