package com.gendan.credit;

import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit-hold release request (货款异常特放申请单) as the assistant makes it, in Tasklist or through
 * {@code POST /api/credit-hold-releases}.
 *
 * @param orderNumber the order to let through, stopped at review by the customer's credit
 * @param amount let through, in the order's currency: at least the order's amount
 * @param reason why the order should go despite the hold
 * @param validUntil the release's last day: not before today, at most {@code
 *     gendan.credit.max-validity} ahead
 */
public record ReleaseRequest(
    @NotBlank(message = "请填写订单号")
        @Size(max = 20, message = "长度不能超过{max}个字符")
        @Pattern(regexp = "\\s*[A-Za-z0-9-]*\\s*", message = "应为订单号，如 XS-2026-00001")
        String orderNumber,
    @NotNull(message = "请填写特放金额")
        @DecimalMin(value = "0.01", message = "必须大于0")
        @Fits(Numbers.Column.AMOUNT)
        BigDecimal amount,
    @NotBlank(message = "请写明特放原因")
        @Size(max = CreditHoldReleases.MAX_REASON, message = "不能超过{max}个字")
        String reason,
    @NotNull(message = "请填写有效期至") LocalDate validUntil) {}
