package com.gendan.shortage;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.data.Codes;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.EngineActions;
import com.gendan.process.Numbers;
import com.gendan.product.ProductCatalog;
import com.gendan.shipment.Shipments;
import com.gendan.shortage.ShortageAllocationProcess.Decision;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private final Shipments shipments;
  private final CustomerDirectory customers;
  private final ProductCatalog products;
  private final DecisionService decisions;
  private final EngineActions engineActions;
  private final Validator validator;
  private final Clock clock;

  ShortageAllocations(
      Shipments shipments,
      CustomerDirectory customers,
      ProductCatalog products,
      DecisionService decisions,
      EngineActions engineActions,
      Validator validator,
      Clock clock) {
    this.validator = validator;
    this.engineActions = engineActions;
    this.shipments = shipments;
    this.customers = customers;
    this.products = products;
    this.decisions = decisions;
    this.clock = clock;
  }

  /** Checks the reported shortage and proposes who gets what. */
  List<Claim> propose(ShortageRequest request) {
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
    String code = Codes.normalized(request.productCode());
    if (code != null && !code.isEmpty() && products.findByCode(code).isEmpty()) {
      problems.add(new FieldProblem("productCode", "产品不存在：" + code));
    }
    BigDecimal available = request.availableQuantity();
    if (available != null && available.signum() == 0) {
      // a negative one is refused by the request's constraint
      problems.add(new FieldProblem("availableQuantity", "可分配数量必须大于0"));
    }
    InvalidRequestException.throwIfAny(problems);
    List<Claim> ranked = ranked(code, null);
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
   * The claims with the manager's allocation; lines left out get nothing. Checked against the
   * proposal's claims: known lines, no more than a line needs, no more than is available.
   */
  List<Claim> allocate(ShortageRequest request, List<AllocationLine> lines) {
    List<Claim> claims = propose(request);
    Map<String, Claim> byKey =
        claims.stream()
            .collect(Collectors.toMap(Claim::key, c -> c, (a, b) -> a, LinkedHashMap::new));
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, BigDecimal> allocation = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      AllocationLine line = lines.get(i);
      String field = "lines[" + i + "]";
      List<FieldProblem> invalid = FieldProblem.of(field + ".", validator.validate(line));
      Claim claim = byKey.get(line.key());
      if (!invalid.isEmpty()) {
        problems.addAll(invalid);
      } else if (claim == null) {
        problems.add(new FieldProblem(field, line.key() + " 不在待分配的订单行中"));
      } else if (line.quantity().compareTo(claim.outstanding()) > 0) {
        problems.add(new FieldProblem(field, "超过该订单行待出货数量 " + Numbers.plain(claim.outstanding())));
      } else if (allocation.put(line.key(), line.quantity()) != null) {
        problems.add(new FieldProblem(field, line.key() + " 重复"));
      }
    }
    BigDecimal total = allocation.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(request.availableQuantity()) > 0) {
      problems.add(
          new FieldProblem(
              "lines",
              "分配合计 "
                  + Numbers.plain(total)
                  + " 超过可分配数量 "
                  + Numbers.plain(request.availableQuantity())));
    }
    InvalidRequestException.throwIfAny(problems);
    return claims.stream()
        .map(c -> c.allocate(allocation.getOrDefault(c.key(), BigDecimal.ZERO)))
        .toList();
  }

  /**
   * Why the confirmed allocation no longer fits the orders as they are now (a change, a
   * cancellation or a shipment touched a line after the manager confirmed), one line a sentence;
   * empty when it fits. Throws nothing, so a caller in the engine's transaction can take another
   * path.
   */
  Optional<String> outdated(String productCode, List<AllocationLine> lines) {
    Map<String, Claim> waiting =
        ranked(productCode, null).stream()
            .collect(Collectors.toMap(Claim::key, c -> c, (a, b) -> a, LinkedHashMap::new));
    List<String> reasons = new ArrayList<>();
    for (AllocationLine line : lines) {
      Claim claim = waiting.get(line.key());
      if (line.quantity().signum() == 0) {
        continue;
      }
      if (claim == null) {
        reasons.add(line.key() + " 行已不再等待出货（订单已变更、取消或出货）");
      } else if (line.quantity().compareTo(claim.outstanding()) > 0) {
        reasons.add(
            line.key()
                + " 行现只待出货 "
                + Numbers.plain(claim.outstanding())
                + "，少于分配的 "
                + Numbers.plain(line.quantity()));
      }
    }
    return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("；", reasons));
  }

  /** Whether any order still waits for the product. */
  boolean anyWaiting(String productCode) {
    return !ranked(productCode, null).isEmpty();
  }

  /**
   * The other orders' lines waiting for the product, ranked as a shortage of it would rank them,
   * each as the allocation form shows it: those at the end would be the first to give way to an
   * urgent demand (SPEC D7).
   */
  public List<String> waitingLinesRanked(String productCode, long exceptOrderId) {
    return ranked(Codes.normalized(productCode), exceptOrderId).stream()
        .map(ShortageAllocations::waitingLine)
        .toList();
  }

  /** The open lines of the product (but the order's), highest priority first. */
  private List<Claim> ranked(String productCode, Long exceptOrderId) {
    return shipments.openLinesOf(productCode).stream()
        .filter(line -> exceptOrderId == null || line.orderId() != exceptOrderId)
        .map(this::rank)
        .sorted(
            Comparator.comparingInt(Claim::priority)
                .thenComparing(Claim::requestedDate)
                .thenComparing(Claim::orderNumber)
                .thenComparingInt(Claim::lineNo))
        .toList();
  }

  /** The proposal as the manager reads it, one order line a row, in ranked order. */
  static String describe(List<Claim> claims) {
    return claims.stream()
        .map(c -> waitingLine(c) + " → 建议 " + Numbers.plain(c.allocated()))
        .collect(Collectors.joining("\n"));
  }

  private static String waitingLine(Claim c) {
    return c.orderNumber()
        + " 第"
        + c.lineNo()
        + "行 "
        + c.customerName()
        + "（"
        + c.reason()
        + "） 交期 "
        + c.requestedDate()
        + " 待出货 "
        + Numbers.plain(c.outstanding());
  }

  static String summary(String productCode, BigDecimal available, List<Claim> claims) {
    BigDecimal needed =
        claims.stream().map(Claim::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
    return "产品 "
        + productCode
        + " 可分配 "
        + Numbers.plain(available)
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
}
