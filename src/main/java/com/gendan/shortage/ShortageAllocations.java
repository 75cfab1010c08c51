package com.gendan.shortage;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.data.Codes;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.EngineActions;
import com.gendan.process.Numbers;
import com.gendan.process.TextRows;
import com.gendan.product.ProductCatalog;
import com.gendan.shipment.Shipments;
import com.gendan.shortage.ShortageAllocationProcess.Decision;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates short stock of one product across the open orders that wait for it (SPEC D7): the
 * decision table ranks each order line, ties go to the earlier promised date, and the available
 * quantity is handed out in that order until it runs out.
 */
@Service
@Transactional(readOnly = true)
public class ShortageAllocations {

  static final String ALLOCATION_FORMAT = "订单号 行号 数量";

  private final Shipments shipments;
  private final CustomerDirectory customers;
  private final ProductCatalog products;
  private final DecisionService decisions;
  private final EngineActions engineActions;
  private final Clock clock;

  ShortageAllocations(
      Shipments shipments,
      CustomerDirectory customers,
      ProductCatalog products,
      DecisionService decisions,
      EngineActions engineActions,
      Clock clock) {
    this.engineActions = engineActions;
    this.shipments = shipments;
    this.customers = customers;
    this.products = products;
    this.decisions = decisions;
    this.clock = clock;
  }

  /** Checks the reported shortage and proposes who gets what. */
  List<Claim> propose(String productCode, String availableQuantity) {
    List<FieldProblem> problems = new ArrayList<>();
    String code = productCode == null ? "" : Codes.normalized(productCode);
    if (code.isEmpty()) {
      problems.add(new FieldProblem("productCode", "请填写产品编号"));
    } else if (products.findByCode(code).isEmpty()) {
      problems.add(new FieldProblem("productCode", "产品不存在：" + code));
    }
    BigDecimal available = quantity(availableQuantity, problems);
    InvalidRequestException.throwIfAny(problems);
    List<Claim> ranked =
        shipments.openLinesOf(code).stream()
            .map(this::rank)
            .sorted(
                Comparator.comparingInt(Claim::priority)
                    .thenComparing(Claim::requestedDate)
                    .thenComparing(Claim::orderNumber)
                    .thenComparingInt(Claim::lineNo))
            .toList();
    if (ranked.isEmpty()) {
      throw InvalidRequestException.of("productCode", "没有等待产品 " + code + " 出货的订单");
    }
    List<Claim> proposal = new ArrayList<>();
    BigDecimal left = available;
    for (Claim claim : ranked) {
      BigDecimal given = claim.outstanding().min(left);
      proposal.add(claim.allocate(given));
      left = left.subtract(given);
    }
    return proposal;
  }

  /**
   * The manager's allocation, one row per order line; lines left out get nothing. Checked against
   * the claims: known lines, no more than a line needs, no more than is available.
   */
  Map<String, BigDecimal> parse(String text, List<Claim> claims, String availableQuantity) {
    List<FieldProblem> problems = new ArrayList<>();
    BigDecimal available = quantity(availableQuantity, problems);
    Map<String, Claim> byKey =
        claims.stream()
            .collect(Collectors.toMap(Claim::key, c -> c, (a, b) -> a, LinkedHashMap::new));
    Map<String, BigDecimal> allocation = new LinkedHashMap<>();
    for (TextRows.Row row : TextRows.of("allocationText", text)) {
      BigDecimal quantity = row.cells().size() == 3 ? row.number(2) : null;
      String key = row.cells().size() == 3 ? row.cells().get(0) + " " + row.cells().get(1) : "";
      if (quantity == null) {
        problems.add(
            new FieldProblem(
                "allocationText", row.where() + "应为“" + ALLOCATION_FORMAT + "”：" + row.text()));
      } else if (!byKey.containsKey(key)) {
        problems.add(new FieldProblem("allocationText", row.where() + "：" + key + " 不在待分配的订单行中"));
      } else if (quantity.signum() < 0) {
        problems.add(new FieldProblem("allocationText", row.where() + "：数量不能为负"));
      } else if (!Numbers.fitsQuantity(quantity)) {
        problems.add(
            new FieldProblem("allocationText", row.where() + "：" + Numbers.QUANTITY_DIGITS));
      } else if (quantity.compareTo(byKey.get(key).outstanding()) > 0) {
        problems.add(
            new FieldProblem(
                "allocationText",
                row.where() + "：超过该订单行待出货数量 " + Numbers.plain(byKey.get(key).outstanding())));
      } else if (allocation.put(key, quantity) != null) {
        problems.add(new FieldProblem("allocationText", row.where() + "：" + key + " 重复"));
      }
    }
    BigDecimal total = allocation.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (available != null && total.compareTo(available) > 0) {
      problems.add(
          new FieldProblem(
              "allocationText",
              "分配合计 " + Numbers.plain(total) + " 超过可分配数量 " + Numbers.plain(available)));
    }
    InvalidRequestException.throwIfAny(problems);
    return allocation;
  }

  /** The proposal as the manager reads it, one order line a row, in ranked order. */
  static String describe(List<Claim> claims) {
    return claims.stream()
        .map(
            c ->
                c.orderNumber()
                    + " 第"
                    + c.lineNo()
                    + "行 "
                    + c.customerName()
                    + "（"
                    + c.reason()
                    + "） 交期 "
                    + c.requestedDate()
                    + " 待出货 "
                    + Numbers.plain(c.outstanding())
                    + " → 建议 "
                    + Numbers.plain(c.allocated()))
        .collect(Collectors.joining("\n"));
  }

  /** The proposal as the manager edits it: "订单号 行号 数量". */
  static String rows(List<Claim> claims) {
    return claims.stream()
        .map(c -> c.key() + " " + Numbers.plain(c.allocated()))
        .collect(Collectors.joining("\n"));
  }

  static String summary(String productCode, String available, List<Claim> claims) {
    BigDecimal needed =
        claims.stream().map(Claim::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
    return "产品 "
        + productCode
        + " 可分配 "
        + Numbers.plain(Numbers.parse(available))
        + "，"
        + claims.size()
        + " 个订单行共需 "
        + Numbers.plain(needed)
        + "。建议按决策表“短缺分配优先级”排序，同级按承诺交期先后分配。";
  }

  private Claim rank(Shipments.OpenLine line) {
    CustomerView customer = customers.findById(line.customerId()).orElseThrow();
    long days = ChronoUnit.DAYS.between(LocalDate.now(clock), line.requestedDate());
    // The rules are Gendan's, not the caller's: production and managers need no grant on them.
    DmnDecisionRuleResult result =
        engineActions.asEngine(
            () ->
                decisions
                    .evaluateDecisionTableByKey(ShortageAllocationProcess.DECISION_KEY)
                    .variables(
                        Variables.createVariables()
                            .putValue(Decision.CUSTOMER_TIER, customer.tier().name())
                            .putValue(Decision.DAYS_TO_PROMISED_DATE, days))
                    .evaluate()
                    .getSingleResult());
    if (result == null) {
      throw new IllegalStateException(
          "decision "
              + ShortageAllocationProcess.DECISION_KEY
              + " gave no result for tier "
              + customer.tier()
              + ", "
              + days
              + " days");
    }
    Number priority = result.getEntry(Decision.PRIORITY);
    return new Claim(
        line.orderId(),
        line.orderNumber(),
        line.lineNo(),
        customer.chineseName(),
        customer.tier().name(),
        line.requestedDate(),
        line.outstanding(),
        priority.intValue(),
        result.getEntry(Decision.REASON),
        BigDecimal.ZERO);
  }

  private static BigDecimal quantity(String value, List<FieldProblem> problems) {
    BigDecimal quantity = Numbers.parse(value);
    if (quantity == null) {
      problems.add(new FieldProblem("availableQuantity", "请填写数字"));
    } else if (quantity.signum() <= 0) {
      problems.add(new FieldProblem("availableQuantity", "可分配数量必须大于0"));
    } else if (!Numbers.fitsQuantity(quantity)) {
      problems.add(new FieldProblem("availableQuantity", Numbers.QUANTITY_DIGITS));
    } else {
      return quantity;
    }
    return null;
  }
}
