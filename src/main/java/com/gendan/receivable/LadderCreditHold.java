package com.gendan.receivable;

import com.gendan.customer.CreditHolds;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerSaved;
import com.gendan.customer.CustomerView;
import com.gendan.process.Actors;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit hold the collection ladder places (SPEC D11): an invoice {@code
 * gendan.receivable.ladder.general-manager} overdue puts its customer on credit hold, recorded in
 * table credit_hold_ladder; when a payment leaves nothing of the customer that long overdue, a hold
 * the ladder placed lifts by itself. A hold finance set by hand (no row) is never lifted here; a
 * hold lifted by hand drops the ladder's row.
 */
@Service
@Transactional
class LadderCreditHold {

  private static final Logger LOG = LoggerFactory.getLogger(LadderCreditHold.class);

  private final CreditHolds creditHolds;
  private final CustomerDirectory customers;
  private final JdbcClient jdbc;
  private final LadderProperties properties;
  private final Clock clock;

  LadderCreditHold(
      CreditHolds creditHolds,
      CustomerDirectory customers,
      JdbcClient jdbc,
      LadderProperties properties,
      Clock clock) {
    this.creditHolds = creditHolds;
    this.customers = customers;
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Puts the invoice's customer on credit hold, unless it is on hold already (by hand, or by
   * another invoice's ladder).
   *
   * @return whether the ladder placed it now
   */
  boolean place(long customerId, long invoiceId) {
    CustomerView customer = customers.findById(customerId).orElseThrow();
    if (Boolean.TRUE.equals(customer.creditHold())) {
      LOG.info(
          "Customer {} already on credit hold; invoice {} adds none", customer.code(), invoiceId);
      return false;
    }
    creditHolds.set(customerId, true, Actors.SYSTEM);
    jdbc.sql("DELETE FROM credit_hold_ladder WHERE customer_id = :customer")
        .param("customer", customerId)
        .update();
    jdbc.sql(
            "INSERT INTO credit_hold_ladder (customer_id, invoice_id, placed_at)"
                + " VALUES (:customer, :invoice, :now)")
        .param("customer", customerId)
        .param("invoice", invoiceId)
        .param("now", Timestamp.from(clock.instant()))
        .update();
    return true;
  }

  /**
   * Lifts the ladder's hold of the customer when nothing of it is overdue as long as the ladder
   * holds for.
   *
   * @return whether it was lifted now
   */
  boolean liftIfClear(long customerId) {
    if (!placedByLadder(customerId)) {
      return false;
    }
    LocalDate latestDue = LocalDate.now(clock).minus(properties.generalManager());
    long stillOverdue =
        jdbc.sql(
                "SELECT COUNT(*) FROM receivable WHERE customer_id = :customer"
                    + " AND status = 'OPEN' AND outstanding > 0 AND due_on <= :latestDue")
            .param("customer", customerId)
            .param("latestDue", latestDue)
            .query(Long.class)
            .single();
    if (stillOverdue > 0) {
      return false;
    }
    // the hold's ladder row goes with it (onCustomerSaved)
    creditHolds.set(customerId, false, Actors.SYSTEM);
    return true;
  }

  /** Whether the customer's hold is the ladder's (placed by it and not lifted since). */
  @Transactional(readOnly = true)
  boolean placedByLadder(long customerId) {
    return jdbc.sql("SELECT COUNT(*) FROM credit_hold_ladder WHERE customer_id = :customer")
            .param("customer", customerId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** A hold lifted (by hand or here) is no longer the ladder's. */
  @EventListener
  void onCustomerSaved(CustomerSaved saved) {
    if (!Boolean.TRUE.equals(saved.customer().creditHold())) {
      jdbc.sql("DELETE FROM credit_hold_ladder WHERE customer_id = :customer")
          .param("customer", saved.customer().id())
          .update();
    }
  }
}
