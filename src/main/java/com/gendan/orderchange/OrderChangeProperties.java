package com.gendan.orderchange;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Order change and cancellation settings (gendan.order-change.*). Periods and durations are
 * ISO-8601. Who signs above which cost is the decision table orderChangeAuthority, not a property.
 *
 * @param impactWorkingDays each department states its impact within this many working days (Monday
 *     to Friday), by the end of the day; reminded then
 * @param impactEscalation after the due date, the sales manager is told of a department still
 *     silent
 * @param signingDue each signer's task is due after this
 * @param deadStockDue the sales rep consumes every dead-stock item within this, from the approval
 * @param deadStockReminder how often the sales rep is reminded of open dead stock
 * @param scrapApprovalAbove scrapping an item worth more than this (CNY) needs the sales manager
 * @param scrapApprovalDue the sales manager's scrap approval is due after this
 */
@ConfigurationProperties("gendan.order-change")
public record OrderChangeProperties(
    @DefaultValue("1") int impactWorkingDays,
    @DefaultValue("P1D") Duration impactEscalation,
    @DefaultValue("P1D") Period signingDue,
    @DefaultValue("P30D") Period deadStockDue,
    @DefaultValue("P7D") Duration deadStockReminder,
    @DefaultValue("5000") BigDecimal scrapApprovalAbove,
    @DefaultValue("P2D") Period scrapApprovalDue) {}
