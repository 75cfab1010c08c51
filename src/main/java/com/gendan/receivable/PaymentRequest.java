package com.gendan.receivable;

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
 * A payment the customer made on an invoice, as finance registers it (登记收款).
 *
 * @param amount in the invoice's currency; at most what is still open
 * @param paidOn the day the money arrived, not after today
 * @param reference the bank's or the cheque's reference, unique across all payments
 */
public record PaymentRequest(
    @NotNull(message = "请填写收款金额")
        @DecimalMin(value = "0.01", message = "必须大于0")
        @Fits(Numbers.Column.AMOUNT)
        BigDecimal amount,
    @NotNull(message = "请填写收款日期") LocalDate paidOn,
    @NotBlank(message = "请填写收款凭证号")
        @Size(max = 50, message = "长度不能超过{max}个字符")
        @Pattern(regexp = "\\s*[A-Za-z0-9./_-]*\\s*", message = "只能包含字母、数字和 . / _ -")
        String reference) {

  /** The reference as it is kept: without surrounding blanks, upper case. */
  String normalizedReference() {
    return reference == null ? null : reference.strip().toUpperCase(java.util.Locale.ROOT);
  }
}
