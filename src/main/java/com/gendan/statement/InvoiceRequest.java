package com.gendan.statement;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Finance's invoice of a confirmed statement (form 开具发票).
 *
 * @param invoiceNumber the number printed on the invoice (金税 number), unique
 * @param amount must equal the confirmed statement's amount
 */
public record InvoiceRequest(
    @NotBlank(message = "请填写发票号码")
        @Size(max = 30, message = "长度不能超过{max}个字符")
        @Pattern(regexp = "\\s*[A-Za-z0-9-]*\\s*", message = "只能包含字母、数字和-")
        String invoiceNumber,
    @NotNull(message = "请填写开票日期") LocalDate invoiceDate,
    @NotNull(message = "请填写发票金额")
        @DecimalMin(value = "0.01", message = "必须大于0")
        @Digits(integer = 16, fraction = 2, message = "金额最多2位小数、16位整数")
        BigDecimal amount) {}
