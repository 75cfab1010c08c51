package com.gendan.orderchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An approved cancellation of an order, or of what has not shipped yet. */
public record CancellationRequest(
    @NotBlank(message = "请写明取消原因") @Size(max = 1000, message = "长度不能超过{max}个字符") String reason) {}
