package com.gendan.data;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One page of a list, newest first, with what a client needs to page on.
 *
 * @param page the page answered, from 1
 * @param size rows a page, as asked
 * @param total how many rows match; counted up to {@link ListQuery#COUNT_LIMIT} only
 * @param totalExact false when more rows match than were counted ({@code total} is then the limit)
 * @param totalPages pages of {@code size} rows that {@code total} fills
 * @param hasNext whether a next page has rows (known also beyond the counted limit)
 */
public record ResultPage<T>(
    List<T> items,
    int page,
    int size,
    long total,
    boolean totalExact,
    int totalPages,
    boolean hasNext) {

  public ResultPage {
    items = List.copyOf(items);
  }

  /** No row matches: the filter leaves nothing the caller may see. */
  public static <T> ResultPage<T> empty(Paging paging) {
    return new ResultPage<>(List.of(), paging.page(), paging.size(), 0, true, 0, false);
  }

  /**
   * The page of {@code rows}, read from the page's first row on, one row more than the page holds
   * (which tells whether a next page has rows). The last page tells the total by itself; only a
   * page with more after it, or one beyond the end, asks {@code count} for the matching rows, which
   * need not count beyond {@link ListQuery#COUNT_LIMIT} + 1.
   */
  public static <T> ResultPage<T> of(List<T> rows, Paging paging, LongSupplier count) {
    boolean hasNext = rows.size() > paging.size();
    List<T> items = hasNext ? rows.subList(0, paging.size()) : rows;
    long counted =
        !hasNext && (!items.isEmpty() || paging.page() == 1)
            ? paging.offset() + items.size()
            : count.getAsLong();
    long total = Math.min(counted, ListQuery.COUNT_LIMIT);
    return new ResultPage<>(
        items,
        paging.page(),
        paging.size(),
        total,
        counted <= ListQuery.COUNT_LIMIT,
        (int) ((total + paging.size() - 1) / paging.size()),
        hasNext);
  }

  /** For logs: which page, how many rows on it, of how many. */
  @Override
  public String toString() {
    return "page " + page + ": " + items.size() + " of " + total + (totalExact ? "" : "+");
  }

  /** The same page with each row turned into what the API shows. */
  public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
    return new ResultPage<>(
        items.stream().<R>map(mapper).toList(), page, size, total, totalExact, totalPages, hasNext);
  }
}
