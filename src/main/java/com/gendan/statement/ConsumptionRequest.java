package com.gendan.statement;

import com.gendan.process.Fits;
import com.gendan.process.Numbers;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a consignment customer reports it consumed of an order line from the consignment store
 * ({@code POST /api/consumption}); its statement covers these instead of the transfers to the
 * store.
 */
public record ConsumptionRequest(
    @NotNull(message = "不能为空") Long customerId,
    @NotBlank(message = "不能为空") @Size(max = 20, message = "长度不能超过{max}个字符") String orderNumber,
    @NotNull(message = "不能为空")
        @Min(value = 1, message = "必须在1到999之间")
        @Max(value = 999, message = "必须在1到999之间")
        Integer lineNo,
    @NotNull(message = "不能为空")
        @DecimalMin(value = "0", inclusive = false, message = "必须大于0")
        @Fits(Numbers.Column.QUANTITY)
        BigDecimal quantity,
    @NotNull(message = "不能为空") LocalDate consumedOn) {}
