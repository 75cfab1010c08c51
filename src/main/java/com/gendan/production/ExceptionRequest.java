package com.gendan.production;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A production exception as production reports it: what kind, and what happened. */
public record ExceptionRequest(
    @NotNull(message = "请选择异常类别：LATE、SHORT、QUALITY 或 OTHER") ExceptionKind kind,
    @NotBlank(message = "请说明异常情况") @Size(max = 2000, message = "长度不能超过{max}个字符")
        String description) {}
