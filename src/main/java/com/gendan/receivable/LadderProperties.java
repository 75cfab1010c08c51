package com.gendan.receivable;

import java.time.LocalTime;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The collection ladder's periods (ISO-8601, counted from the receivable's due date in Gendan's
 * zone) and its tasks' due dates.
 *
 * @param reminder when the assistant is reminded, relative to the due date (negative: before)
 * @param salesRep how long overdue the sales rep is asked to help
 * @param manager how long overdue the sales manager and finance are told
 * @param generalManager how long overdue the general manager is told and the customer goes on
 *     credit hold; a ladder's hold lifts once nothing of the customer is overdue this long
 * @param at the time of day the ladder's steps fire
 * @param chaseDue how long the assistant has for each chase
 * @param helpDue how long the sales rep or the sales manager has for theirs
 * @param promiseHorizon how far ahead a promised payment date may lie
 */
@ConfigurationProperties("gendan.receivable.ladder")
public record LadderProperties(
    @DefaultValue("-P3D") Period reminder,
    @DefaultValue("P15D") Period salesRep,
    @DefaultValue("P30D") Period manager,
    @DefaultValue("P60D") Period generalManager,
    @DefaultValue("09:00") LocalTime at,
    @DefaultValue("P3D") Period chaseDue,
    @DefaultValue("P3D") Period helpDue,
    @DefaultValue("P90D") Period promiseHorizon) {}
