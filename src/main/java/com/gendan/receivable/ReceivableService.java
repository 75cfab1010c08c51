package com.gendan.receivable;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Numbers;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receivables' rules (SPEC D11): finance registers payments against an invoice's receivable,
 * full or partial; the receivable's open amount goes down with each and it is paid when nothing is
 * open. Each payment is told to the invoice's collection ladder and may lift the ladder's credit
 * hold of the customer. A rule a user broke is an {@link InvalidRequestException} naming the field;
 * nothing is saved then.
 */
@Service
@Transactional
public class ReceivableService {

  private final Validator validator;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final ReceivableCollections collections;
  private final LadderCreditHold creditHold;

  ReceivableService(
      Validator validator,
      JdbcClient jdbc,
      Clock clock,
      ReceivableCollections collections,
      LadderCreditHold creditHold) {
    this.validator = validator;
    this.jdbc = jdbc;
    this.clock = clock;
    this.collections = collections;
    this.creditHold = creditHold;
  }

  /** The receivable an invoice opened, with its payments; empty if there is no such invoice. */
  @Transactional(readOnly = true)
  public Optional<ReceivableAccount> account(long invoiceId) {
    return receivable(invoiceId)
        .map(
            r ->
                new ReceivableAccount(
                    invoiceId,
                    r.currency(),
                    r.amount(),
                    r.outstanding(),
                    r.dueOn(),
                    r.status(),
                    payments(r.id()),
                    collections.chases(invoiceId)));
  }

  /** The customer of an invoice's receivable, to check who may see or pay it. */
  @Transactional(readOnly = true)
  Optional<Long> customerOf(long invoiceId) {
    return receivable(invoiceId).map(Receivable::customerId);
  }

  /**
   * Registers a payment on the invoice's receivable: more than is open, a day still to come, or a
   * reference already registered is refused naming the field.
   *
   * @return the receivable after the payment
   */
  public ReceivableAccount recordPayment(long invoiceId, PaymentRequest request, String userId) {
    Receivable receivable =
        receivable(invoiceId).orElseThrow(() -> InvalidRequestException.of("id", "发票不存在"));
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
    if (request.amount() != null
        && request.amount().signum() > 0
        && request.amount().compareTo(receivable.outstanding()) > 0) {
      problems.add(
          new FieldProblem(
              "amount",
              receivable.outstanding().signum() == 0
                  ? "该发票已全部收款，不能再登记收款"
                  : "收款金额超过未收金额 "
                      + receivable.currency()
                      + " "
                      + Numbers.plain(receivable.outstanding())));
    }
    if (request.paidOn() != null && request.paidOn().isAfter(LocalDate.now(clock))) {
      problems.add(new FieldProblem("paidOn", "收款日期不能晚于今天"));
    }
    if (problems.stream().noneMatch(p -> p.field().equals("reference"))
        && referenceTaken(request.normalizedReference())) {
      problems.add(new FieldProblem("reference", "收款凭证号已登记过：" + request.normalizedReference()));
    }
    InvalidRequestException.throwIfAny(problems);
    // the open amount is reduced only if it is still enough: a concurrent payment cannot overpay
    int reduced =
        jdbc.sql(
                "UPDATE receivable SET outstanding = outstanding - :amount,"
                    + " status = CASE WHEN outstanding = :amount THEN 'PAID' ELSE 'OPEN' END"
                    + " WHERE id = :id AND outstanding >= :amount")
            .params(Map.of("amount", request.amount(), "id", receivable.id()))
            .update();
    if (reduced == 0) {
      throw InvalidRequestException.of("amount", "收款金额超过未收金额");
    }
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO payment (receivable_id, amount, paid_on, reference, recorded_by,"
                + " recorded_at) VALUES (:receivable, :amount, :paidOn, :reference, :user, :now)")
        .params(
            Map.of(
                "receivable", receivable.id(),
                "amount", request.amount(),
                "paidOn", request.paidOn(),
                "reference", request.normalizedReference(),
                "user", userId,
                "now", Timestamp.from(clock.instant())))
        .update(key, "id");
    // the ladder hears of it (ends when paid in full); a hold it placed lifts once nothing of the
    // customer is overdue that long any more
    collections.paymentReceived(invoiceId, key.getKeyAs(Number.class).longValue());
    creditHold.liftIfClear(receivable.customerId());
    return account(invoiceId).orElseThrow();
  }

  private boolean referenceTaken(String reference) {
    return reference != null
        && jdbc.sql("SELECT COUNT(*) FROM payment WHERE reference = :reference")
                .param("reference", reference)
                .query(Long.class)
                .single()
            > 0;
  }

  private Optional<Receivable> receivable(long invoiceId) {
    return jdbc.sql(
            "SELECT id, customer_id, currency, amount, outstanding, due_on, status"
                + " FROM receivable WHERE invoice_id = :invoice")
        .param("invoice", invoiceId)
        .query(
            (rs, row) ->
                new Receivable(
                    rs.getLong("id"),
                    rs.getLong("customer_id"),
                    rs.getString("currency"),
                    rs.getBigDecimal("amount"),
                    rs.getBigDecimal("outstanding"),
                    rs.getObject("due_on", LocalDate.class),
                    ReceivableStatus.valueOf(rs.getString("status"))))
        .optional();
  }

  private List<ReceivableAccount.Payment> payments(long receivableId) {
    return jdbc.sql(
            "SELECT id, amount, paid_on, reference, recorded_by, recorded_at FROM payment"
                + " WHERE receivable_id = :receivable ORDER BY id")
        .param("receivable", receivableId)
        .query(
            (rs, row) ->
                new ReceivableAccount.Payment(
                    rs.getLong("id"),
                    rs.getBigDecimal("amount"),
                    rs.getObject("paid_on", LocalDate.class),
                    rs.getString("reference"),
                    rs.getString("recorded_by"),
                    rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  private record Receivable(
      long id,
      long customerId,
      String currency,
      BigDecimal amount,
      BigDecimal outstanding,
      LocalDate dueOn,
      ReceivableStatus status) {}
}
