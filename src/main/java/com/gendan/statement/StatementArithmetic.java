package com.gendan.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The statement's arithmetic, apart from where its items come from: each item's amount in the
 * statement's currency, the lines in their order (shipped goods by date, order and line, then
 * returns, then allowances), and the totals. An amount in another currency is converted at the
 * configured rates to CNY ({@code gendan.statement.exchange-rates-to-cny}) and rounded to cents,
 * line by line, so the totals are the sums of what the lines show.
 */
final class StatementArithmetic {

  private static final String CNY = "CNY";

  private final Map<String, BigDecimal> ratesToCny;

  StatementArithmetic(Map<String, BigDecimal> ratesToCny) {
    this.ratesToCny = Map.copyOf(ratesToCny);
  }

  /**
   * Something to state. Goods (shipped, consumed, returned) have a quantity and a unit price in
   * their order's currency; an allowance has its amount (CNY) and neither.
   */
  record Item(
      StatementLineKind kind,
      long sourceId,
      LocalDate happenedOn,
      String orderNumber,
      String customerPo,
      String productCode,
      BigDecimal quantity,
      BigDecimal unitPrice,
      String currency,
      BigDecimal allowance,
      String reference) {

    static Item goods(
        StatementLineKind kind,
        long sourceId,
        LocalDate happenedOn,
        String orderNumber,
        String customerPo,
        String productCode,
        BigDecimal quantity,
        BigDecimal unitPrice,
        String currency,
        String reference) {
      return new Item(
          kind,
          sourceId,
          happenedOn,
          orderNumber,
          customerPo,
          productCode,
          quantity,
          unitPrice,
          currency,
          null,
          reference);
    }

    static Item allowance(long sourceId, LocalDate grantedOn, BigDecimal amountCny, String ref) {
      return new Item(
          StatementLineKind.ALLOWANCE,
          sourceId,
          grantedOn,
          null,
          null,
          null,
          null,
          null,
          CNY,
          amountCny,
          ref);
    }

    /** The same goods at a corrected quantity or unit price. */
    Item corrected(BigDecimal newQuantity, BigDecimal newUnitPrice) {
      return new Item(
          kind,
          sourceId,
          happenedOn,
          orderNumber,
          customerPo,
          productCode,
          newQuantity == null ? quantity : newQuantity,
          newUnitPrice == null ? unitPrice : newUnitPrice,
          currency,
          allowance,
          reference);
    }
  }

  /**
   * An item with its line number and its amount in the statement's currency (negative if deducted).
   */
  record Line(int lineNo, Item item, BigDecimal amount) {}

  /** The lines and what they add up to, all in the statement's currency. */
  record Totals(
      String currency,
      List<Line> lines,
      BigDecimal previousBalance,
      BigDecimal shipped,
      BigDecimal returned,
      BigDecimal allowances) {

    /** What this period adds: shipped less returns and allowances; the invoice's amount. */
    BigDecimal periodAmount() {
      return shipped.add(returned).add(allowances);
    }

    /** What the customer owes after this statement: the previous balance and this period. */
    BigDecimal totalDue() {
      return previousBalance.add(periodAmount());
    }

    boolean isEmpty() {
      return lines.isEmpty();
    }
  }

  private static final Comparator<Item> ORDER =
      Comparator.comparing((Item item) -> item.kind().deducted() ? item.kind().ordinal() : 0)
          .thenComparing(Item::happenedOn)
          .thenComparing(item -> item.orderNumber() == null ? "" : item.orderNumber())
          .thenComparing(Item::sourceId);

  /**
   * The statement of {@code items} in {@code currency}, after a previous balance (same currency).
   */
  Totals total(String currency, List<Item> items, BigDecimal previousBalance) {
    List<Line> lines = new ArrayList<>();
    for (Item item : items.stream().sorted(ORDER).toList()) {
      lines.add(new Line(lines.size() + 1, item, amountOf(item, currency)));
    }
    return totalOf(currency, lines, previousBalance);
  }

  /** The totals of lines as they stand (a reissue's corrected lines keep their numbers). */
  Totals totalOf(String currency, List<Line> lines, BigDecimal previousBalance) {
    BigDecimal shipped = sum(lines, false, null);
    BigDecimal returned = sum(lines, true, StatementLineKind.RETURN);
    BigDecimal allowances = sum(lines, true, StatementLineKind.ALLOWANCE);
    return new Totals(
        currency, List.copyOf(lines), cents(previousBalance), shipped, returned, allowances);
  }

  /** The item's amount in {@code currency}: negative for a return or an allowance. */
  BigDecimal amountOf(Item item, String currency) {
    BigDecimal own =
        item.allowance() != null ? item.allowance() : item.quantity().multiply(item.unitPrice());
    BigDecimal converted = convert(own, item.currency(), currency);
    return item.kind().deducted() ? converted.negate() : converted;
  }

  /** An amount in another currency, at the configured rates to CNY, rounded to cents. */
  BigDecimal convert(BigDecimal amount, String from, String to) {
    if (from.equals(to)) {
      return cents(amount);
    }
    BigDecimal cny = amount.multiply(rateToCny(from));
    return cny.divide(rateToCny(to), 2, RoundingMode.HALF_UP);
  }

  private BigDecimal rateToCny(String currency) {
    if (CNY.equals(currency)) {
      return BigDecimal.ONE;
    }
    BigDecimal rate = ratesToCny.get(currency);
    if (rate == null || rate.signum() <= 0) {
      throw new IllegalStateException(
          "no rate to CNY for " + currency + " in gendan.statement.exchange-rates-to-cny");
    }
    return rate;
  }

  private static BigDecimal sum(List<Line> lines, boolean deducted, StatementLineKind kind) {
    return lines.stream()
        .filter(line -> line.item().kind().deducted() == deducted)
        .filter(line -> kind == null || line.item().kind() == kind)
        .map(Line::amount)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
