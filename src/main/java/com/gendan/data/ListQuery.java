package com.gendan.data;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of documents a page at a time: a JPQL query whose conditions are added only for the
 * filters given (so each combination is a plain query the database plans for its own index, not
 * {@code (:x is null or …)}), newest first, with a count that stops at {@link #COUNT_LIMIT}. Every
 * condition and the ordering are fixed text of the caller's; only parameter values come from the
 * request.
 *
 * <p>The page itself reads at most {@code size + 1} rows after the offset (the extra one tells
 * whether a next page exists). The count reads the matching rows' ids up to the limit, and only
 * when the page is not the last one (which tells the total by itself): how long a list takes does
 * not grow with history beyond that.
 */
public final class ListQuery<T> {

  /**
   * Rows a count goes up to; more than that is reported as "at least" ({@code totalExact=false}).
   */
  public static final int COUNT_LIMIT = 10_000;

  private final EntityManager entityManager;
  private final Class<T> type;
  private final String select;
  private final String countFrom;
  private final String orderBy;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private boolean matchesNothing;

  private ListQuery(
      EntityManager entityManager, Class<T> type, String select, String countFrom, String orderBy) {
    this.entityManager = entityManager;
    this.type = type;
    this.select = select;
    this.countFrom = countFrom;
    this.orderBy = orderBy;
  }

  /**
   * @param select the query up to its conditions, e.g. {@code select d from SalesOrder d}
   * @param countFrom what the count selects, without fetch joins: {@code select d.id from
   *     SalesOrder d}
   * @param orderBy the ordering, newest first, e.g. {@code d.id desc}
   */
  public static <T> ListQuery<T> of(
      EntityManager entityManager, Class<T> type, String select, String countFrom, String orderBy) {
    return new ListQuery<>(entityManager, type, select, countFrom, orderBy);
  }

  /**
   * The documents of an entity that has the fields {@code id}, {@code customerId} and {@code
   * status}: of the given customers (null: of every customer), of one status if given, newest
   * first.
   */
  public static <T> ResultPage<T> documents(
      EntityManager entityManager,
      Class<T> entity,
      Collection<Long> customerIds,
      Object status,
      Paging paging) {
    String name = entityManager.getMetamodel().entity(entity).getName();
    return of(
            entityManager,
            entity,
            "select d from " + name + " d",
            "select d.id from " + name + " d",
            "d.id desc")
        .whereIn("d.customerId in :customers", "customers", customerIds)
        .where("d.status = :status", "status", status)
        .page(paging);
  }

  /** A condition that always applies. */
  public ListQuery<T> where(String condition) {
    conditions.add(condition);
    return this;
  }

  /** A condition on {@code :parameter}, applied only when {@code value} is given (not null). */
  public ListQuery<T> where(String condition, String parameter, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.put(parameter, value);
    }
    return this;
  }

  /**
   * A condition {@code … in :parameter}: skipped when {@code values} is null, and matching nothing
   * when it is empty (then no query is run).
   */
  public ListQuery<T> whereIn(String condition, String parameter, Collection<?> values) {
    if (values != null && values.isEmpty()) {
      matchesNothing = true;
    }
    return where(condition, parameter, values);
  }

  public ResultPage<T> page(Paging paging) {
    if (matchesNothing) {
      return ResultPage.empty(paging);
    }
    TypedQuery<T> query =
        bound(entityManager.createQuery(select + where() + " order by " + orderBy, type));
    query.setFirstResult(paging.offset());
    query.setMaxResults(paging.size() + 1);
    return ResultPage.of(query.getResultList(), paging, this::count);
  }

  /** The matching rows, up to one more than the limit. */
  private long count() {
    Query count = bound(entityManager.createQuery(countFrom + where()));
    count.setMaxResults(COUNT_LIMIT + 1);
    return count.getResultList().size();
  }

  private String where() {
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private <Q extends Query> Q bound(Q query) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
