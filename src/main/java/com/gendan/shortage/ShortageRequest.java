package com.gendan.shortage;

import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Production reports that a product is short: how much is finished and can be allocated. */
public record ShortageRequest(
    @NotBlank(message = "请填写产品编号") @Size(max = 30, message = "长度不能超过{max}个字符") String productCode,
    // 0 passes here so that the service reports it together with an unknown product
    @NotNull(message = "请填写可分配数量")
        @DecimalMin(value = "0", message = "可分配数量必须大于0")
        @Fits(Numbers.Column.QUANTITY)
        BigDecimal availableQuantity) {}
