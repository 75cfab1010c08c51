package com.gendan.receivable;

import com.gendan.receivable.ReceivableCollectionProcess.ContactWay;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A logged contact with the customer about an invoice's receivable (table receivable_chase).
 *
 * @param promisedOn the day the customer promised to pay by; null when no promise was given
 */
public record ReceivableChase(
    long id,
    ContactWay contactWay,
    String contactWayLabel,
    String note,
    LocalDate promisedOn,
    String chasedBy,
    Instant chasedAt) {}
