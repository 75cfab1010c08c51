package com.gendan.receivable;

import com.gendan.document.DocumentFormat;
import com.gendan.identity.PeopleDirectory;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.EngineActions;
import com.gendan.process.PlainText;
import com.gendan.receivable.ReceivableCollectionProcess.ContactWay;
import com.gendan.receivable.ReceivableCollectionProcess.PromiseOutcome;
import com.gendan.receivable.ReceivableCollectionProcess.Variables;
import com.gendan.scope.CustomerScope;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collection ladder's rules (SPEC D11): each issued invoice starts its ladder, each payment is
 * told to it, and its steps read the receivable, log the chases and judge a promise to pay.
 */
@Service
@Transactional
public class ReceivableCollections {

  private static final Logger LOG = LoggerFactory.getLogger(ReceivableCollections.class);

  private final RuntimeService runtimeService;
  private final EngineActions engine;
  private final JdbcClient jdbc;
  private final PeopleDirectory people;
  private final LadderProperties properties;
  private final Clock clock;

  ReceivableCollections(
      RuntimeService runtimeService,
      EngineActions engine,
      JdbcClient jdbc,
      PeopleDirectory people,
      LadderProperties properties,
      Clock clock) {
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.jdbc = jdbc;
    this.people = people;
    this.properties = properties;
    this.clock = clock;
  }

  /** An invoice's receivable as the ladder reads it. */
  private static final DocumentFormat MONEY = new DocumentFormat();

  record Collection(
      long receivableId,
      long invoiceId,
      String invoiceNumber,
      String statementNumber,
      long customerId,
      String customerCode,
      String customerName,
      String currency,
      BigDecimal amount,
      BigDecimal outstanding,
      LocalDate dueOn,
      ReceivableStatus status,
      String assistant,
      String salesRep) {

    /** Shown on the forms and in the mails. */
    String summary() {
      return "客户："
          + customerCode
          + " "
          + customerName
          + "\n发票号码："
          + invoiceNumber
          + "\n发票金额："
          + currency
          + " "
          + MONEY.money(amount)
          + "\n未收金额："
          + currency
          + " "
          + MONEY.money(outstanding)
          + "\n到期日："
          + dueOn;
    }
  }

  /**
   * Starts the ladder of an invoice finance has just issued, as the engine (no user starts it), in
   * the customer's scope and keyed by the invoice number.
   */
  public void start(long invoiceId, String invoiceNumber, long customerId) {
    engine.asEngine(
        () ->
            runtimeService
                .createProcessInstanceByKey(ReceivableCollectionProcess.KEY)
                .businessKey(invoiceNumber)
                .setVariable(CustomerScope.CUSTOMER_ID, customerId)
                .setVariable(Variables.INVOICE_ID.name(), invoiceId)
                .execute());
    LOG.info("Collection ladder of invoice {} started", invoiceNumber);
  }

  /** Tells the invoice's ladder, if one runs, of a payment just registered. */
  void paymentReceived(long invoiceId, long paymentId) {
    int told =
        engine.asEngine(
            () ->
                runtimeService
                    .createMessageCorrelation(ReceivableCollectionProcess.Messages.PAYMENT_RECEIVED)
                    .processInstanceVariableEquals(Variables.INVOICE_ID.name(), invoiceId)
                    .setVariable(Variables.PAYMENT_ID.name(), paymentId)
                    .correlateAllWithResult()
                    .size());
    LOG.info(
        "Payment {} on invoice {} told to {} collection ladder(s)", paymentId, invoiceId, told);
  }

  @Transactional(readOnly = true)
  Collection load(long invoiceId) {
    return jdbc.sql(
            "SELECT r.id, r.invoice_id, i.invoice_number, s.statement_number, r.customer_id,"
                + " c.code, c.chinese_name, r.currency, r.amount, r.outstanding, r.due_on, r.status,"
                + " c.assistant_user_id, c.sales_rep_user_id"
                + " FROM receivable r JOIN invoice i ON i.id = r.invoice_id"
                + " JOIN statement s ON s.id = i.statement_id"
                + " JOIN customer c ON c.id = r.customer_id WHERE r.invoice_id = :invoice")
        .param("invoice", invoiceId)
        .query(
            (rs, row) ->
                new Collection(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getBigDecimal(9),
                    rs.getBigDecimal(10),
                    rs.getObject(11, LocalDate.class),
                    ReceivableStatus.valueOf(rs.getString(12)),
                    rs.getString(13),
                    rs.getString(14)))
        .optional()
        .orElseThrow(() -> new IllegalStateException("no receivable of invoice " + invoiceId));
  }

  /** The assistant's own sales manager, who gets the escalations about her work. */
  @Transactional(readOnly = true)
  Optional<String> salesManagerOf(String assistant) {
    return assistant == null ? Optional.empty() : people.salesManagerOf(assistant);
  }

  /** What is wrong with a chase as submitted, by field. */
  List<FieldProblem> problemsOf(ChaseRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request.contactWay() == null) {
      problems.add(new FieldProblem(Variables.CONTACT_WAY.name(), "请选择联络方式"));
    }
    String note = request.note();
    if (note == null || note.isBlank()) {
      problems.add(new FieldProblem(Variables.CHASE_NOTE.name(), "请填写催收记录"));
    } else if (note.strip().length() > ChaseRequest.MAX_NOTE) {
      problems.add(
          new FieldProblem(Variables.CHASE_NOTE.name(), "长度不能超过" + ChaseRequest.MAX_NOTE + "个字符"));
    } else if (PlainText.hasControlCharacters(note)) {
      problems.add(new FieldProblem(Variables.CHASE_NOTE.name(), PlainText.CONTROL_CHARACTERS));
    }
    LocalDate today = LocalDate.now(clock);
    if (request.promisedOn() != null) {
      LocalDate latest = today.plus(properties.promiseHorizon());
      if (request.promisedOn().isBefore(today)) {
        problems.add(new FieldProblem(Variables.PROMISED_ON.name(), "承诺付款日期不能早于今天"));
      } else if (request.promisedOn().isAfter(latest)) {
        problems.add(new FieldProblem(Variables.PROMISED_ON.name(), "承诺付款日期不能晚于 " + latest));
      }
    }
    return problems;
  }

  /**
   * Logs a contact with the customer about the invoice's receivable.
   *
   * @return the chase's id
   */
  public long recordChase(long invoiceId, ChaseRequest request, String userId) {
    InvalidRequestException.throwIfAny(problemsOf(request));
    Collection collection = load(invoiceId);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO receivable_chase (receivable_id, contact_way, note, promised_on,"
                + " chased_by, chased_at) VALUES (:receivable, :way, :note, :promised, :user, :now)")
        .param("receivable", collection.receivableId())
        .param("way", request.contactWay().value())
        .param("note", request.note().strip())
        .param("promised", request.promisedOn())
        .param("user", userId)
        .param("now", Timestamp.from(clock.instant()))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    LOG.info(
        "Chase {} of invoice {} logged by {} (promised {})",
        id,
        collection.invoiceNumber(),
        userId,
        request.promisedOn());
    return id;
  }

  /** Every chase of the invoice's receivable, oldest first. */
  @Transactional(readOnly = true)
  public List<ReceivableChase> chases(long invoiceId) {
    return jdbc.sql(
            "SELECT h.id, h.contact_way, h.note, h.promised_on, h.chased_by, h.chased_at"
                + " FROM receivable_chase h JOIN receivable r ON r.id = h.receivable_id"
                + " WHERE r.invoice_id = :invoice ORDER BY h.id")
        .param("invoice", invoiceId)
        .query(
            (rs, row) -> {
              ContactWay way =
                  ContactWay.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT));
              return new ReceivableChase(
                  rs.getLong(1),
                  way,
                  way.label(),
                  rs.getString(3),
                  rs.getObject(4, LocalDate.class),
                  rs.getString(5),
                  rs.getTimestamp(6).toInstant());
            })
        .list();
  }

  /**
   * The promise of a chase, its date passed: kept when a payment was registered since the chase,
   * settled when nothing is open any more, else broken.
   */
  @Transactional(readOnly = true)
  PromiseOutcome checkPromise(long invoiceId, long chaseId) {
    Collection collection = load(invoiceId);
    if (collection.status() == ReceivableStatus.PAID) {
      return PromiseOutcome.SETTLED;
    }
    long paidSince =
        jdbc.sql(
                "SELECT COUNT(*) FROM payment p JOIN receivable_chase h"
                    + " ON h.receivable_id = p.receivable_id"
                    + " WHERE h.id = :chase AND p.recorded_at >= h.chased_at")
            .param("chase", chaseId)
            .query(Long.class)
            .single();
    return paidSince > 0 ? PromiseOutcome.KEPT : PromiseOutcome.BROKEN;
  }

  /** Whether nothing of the invoice's receivable is open. */
  @Transactional(readOnly = true)
  boolean paid(long invoiceId) {
    return load(invoiceId).status() == ReceivableStatus.PAID;
  }

  /** The promised date of a chase. */
  @Transactional(readOnly = true)
  Optional<LocalDate> promisedOn(long chaseId) {
    return jdbc.sql("SELECT promised_on FROM receivable_chase WHERE id = :id")
        .param("id", chaseId)
        .query(LocalDate.class)
        .optional();
  }
}
