package com.gendan.close;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The monthly close's configuration ({@code gendan.close}).
 *
 * @param calendar when the close calendar runs (cron, Asia/Shanghai; read when the model is
 *     deployed): the 1st of each month
 * @param safetyStockFactor the proposed safety stock is the monthly average usage of the last three
 *     months times this factor
 * @param confirmDue how long production and the warehouse have to confirm the safety stock
 * @param maxSafetyStock the largest safety stock a department may type for a product
 */
@ConfigurationProperties("gendan.close")
@Validated
public record CloseProperties(
    @DefaultValue("0 10 0 1 * ?") @NotNull String calendar,
    @DefaultValue("1.2") @NotNull @DecimalMin("0.1") @DecimalMax("10") BigDecimal safetyStockFactor,
    @DefaultValue("P5D") @NotNull Period confirmDue,
    @DefaultValue("99999999") @NotNull BigDecimal maxSafetyStock) {}
