package com.gendan.receivable;

import com.gendan.receivable.ReceivableCollectionProcess.ContactWay;
import java.time.LocalDate;

/**
 * One contact with the customer about an open receivable, as the chase forms submit it.
 *
 * @param contactWay how the customer was reached
 * @param note what was said, at most {@link #MAX_NOTE} characters
 * @param promisedOn the day the customer promised to pay by, if any: not in the past, at most
 *     {@code gendan.receivable.ladder.promise-horizon} ahead
 */
record ChaseRequest(ContactWay contactWay, String note, LocalDate promisedOn) {

  static final int MAX_NOTE = 500;
}
