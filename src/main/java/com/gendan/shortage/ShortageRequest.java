package com.gendan.shortage;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Production reports that a product is short: how much is finished and can be allocated. */
public record ShortageRequest(
    @NotBlank(message = "请填写产品编号") String productCode,
    @NotNull(message = "请填写可分配数量") BigDecimal availableQuantity) {
}
