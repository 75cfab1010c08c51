package com.gendan.audit;

import com.gendan.data.ListQuery;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who read which customer's documents (SPEC D13). Every read through Gendan's API or its document
 * pages that passed the customer scope is written here, in a transaction of its own: the reads run
 * in read-only transactions, and a read stays logged even if the request fails afterwards.
 */
@Service
public class DocumentReadLog {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentReadLog.class);

  /** The most reads one export holds. */
  static final int MAX_EXPORT = 10_000;

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  DocumentReadLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Logs that {@code user} read {@code document} ({@code reference}) of customer {@code id}. */
  public void record(CurrentUser user, long customerId, ReadDocument document, String reference) {
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.sql(
                    "INSERT INTO document_read"
                        + " (read_at, user_id, customer_id, document_kind, document_ref)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(
                    clock.instant().atZone(clock.getZone()).toOffsetDateTime(),
                    user.userId(),
                    customerId,
                    document.name(),
                    reference)
                .update());
    LOG.info("{} {} of customer {} read by {}", document, reference, customerId, user.userId());
  }

  /** The reads in {@code period}, newest first, of one customer and one user when given. */
  ResultPage<Read> list(Period period, Long customerId, String userId, Paging paging) {
    Where where = new Where(period, customerId, userId);
    return ResultPage.of(
        rows(where, paging.size() + 1, paging.offset()),
        paging,
        () ->
            jdbc.sql(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM document_read"
                        + where.sql
                        + " LIMIT "
                        + (ListQuery.COUNT_LIMIT + 1)
                        + ") matching")
                .params(where.params())
                .query(Long.class)
                .single());
  }

  /** The reads as {@link #list} filters them, all on one list: the first {@value #MAX_EXPORT}. */
  List<Read> listAll(Period period, Long customerId, String userId) {
    return rows(new Where(period, customerId, userId), MAX_EXPORT, 0);
  }

  private List<Read> rows(Where where, int limit, int offset) {
    return jdbc.sql(
            "SELECT read_at, user_id, customer_id, document_kind, document_ref FROM document_read"
                + where.sql
                + " ORDER BY read_at DESC, id DESC LIMIT ? OFFSET ?")
        .params(where.params(limit, offset))
        .query(
            (rs, row) ->
                new Read(
                    rs.getObject("read_at", OffsetDateTime.class).toInstant(),
                    rs.getString("user_id"),
                    rs.getLong("customer_id"),
                    ReadDocument.valueOf(rs.getString("document_kind")),
                    rs.getString("document_ref")))
        .list();
  }

  /** Deletes the reads before {@code cutoff}; answers how many. */
  int deleteBefore(Instant cutoff) {
    return jdbc.sql("DELETE FROM document_read WHERE read_at < ?")
        .param(cutoff.atZone(clock.getZone()).toOffsetDateTime())
        .update();
  }

  /** One read: when, by whom, which customer's what. */
  record Read(
      Instant readAt, String userId, long customerId, ReadDocument document, String reference) {}

  private static final class Where {
    private final String sql;
    private final List<Object> params = new ArrayList<>();

    Where(Period period, Long customerId, String userId) {
      StringBuilder sql = new StringBuilder(" WHERE read_at >= ? AND read_at < ?");
      params.add(period.start().toOffsetDateTime());
      params.add(period.end().toOffsetDateTime());
      if (customerId != null) {
        sql.append(" AND customer_id = ?");
        params.add(customerId);
      }
      if (userId != null) {
        sql.append(" AND user_id = ?");
        params.add(userId);
      }
      this.sql = sql.toString();
    }

    List<Object> params(Object... more) {
      List<Object> all = new ArrayList<>(params);
      all.addAll(List.of(more));
      return all;
    }
  }
}
