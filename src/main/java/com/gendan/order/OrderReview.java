package com.gendan.order;

import com.gendan.customer.CustomerView;
import com.gendan.process.Numbers;
import com.gendan.product.ProductCatalog;
import com.gendan.product.ProductView;
import com.gendan.quote.PriceAgreementView;
import com.gendan.quote.PriceAgreements;
import com.gendan.sample.SampleApprovals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The automatic order review (SPEC D4): every line against its price agreement, its spec against
 * the product and the customer's sample approvals, its quantity against the minimum and
 * plausibility, its date against the lead time; the order against the customer's credit hold and
 * standing requirements. Each finding names its line and says why in Chinese.
 */
@Component
class OrderReview {

  private final PriceAgreements priceAgreements;
  private final SampleApprovals sampleApprovals;
  private final ProductCatalog products;
  private final OrderProperties properties;
  private final CreditStanding credit;

  OrderReview(
      PriceAgreements priceAgreements,
      SampleApprovals sampleApprovals,
      ProductCatalog products,
      OrderProperties properties,
      CreditStanding credit) {
    this.priceAgreements = priceAgreements;
    this.sampleApprovals = sampleApprovals;
    this.products = products;
    this.properties = properties;
    this.credit = credit;
  }

  List<Finding> review(SalesOrder order, CustomerView customer, LocalDate today) {
    List<Finding> findings = new ArrayList<>();
    if (release(order, today).isEmpty()) {
      if (Boolean.TRUE.equals(customer.creditHold())) {
        findings.add(
            new Finding(
                FindingCode.CREDIT_HOLD,
                null,
                "客户 " + customer.chineseName() + " 因逾期货款处于信用冻结，解除前订单不能继续",
                customer.code()));
      }
      checkCreditLimit(order, customer).ifPresent(findings::add);
    }
    for (SalesOrderLine line : order.lines()) {
      ProductView product = products.findById(line.productId()).orElseThrow();
      checkPrice(order, customer, line, today).ifPresent(findings::add);
      checkSpec(customer, line, product).ifPresent(findings::add);
      checkQuantity(line, product).ifPresent(findings::add);
      LocalDate earliest = today.plusDays(product.leadTimeDays());
      if (line.requestedDate().isBefore(earliest)) {
        findings.add(
            new Finding(
                FindingCode.DATE_TOO_EARLY,
                line.lineNo(),
                "要求交期 "
                    + line.requestedDate()
                    + " 早于最早可交期 "
                    + earliest
                    + "（交货周期 "
                    + product.leadTimeDays()
                    + " 天）",
                subject(line, line.requestedDate())));
      }
    }
    findings.addAll(missingStandingRequirements(order, customer));
    return findings;
  }

  /**
   * The order's approved credit-hold release valid today that covers the order's whole amount, in
   * its currency: it lets exactly this order through the credit findings (hold and limit).
   */
  Optional<CreditStanding.Release> release(SalesOrder order, LocalDate today) {
    return credit
        .release(order.id(), today)
        .filter(
            r ->
                r.currency().equals(order.currency()) && order.amount().compareTo(r.amount()) <= 0);
  }

  /**
   * The credit limit (SPEC D11): open receivables, the customer's other orders not yet invoiced and
   * this order, all in the limit's currency, above the limit. Only amounts in the limit's currency
   * count (nothing is converted): an order in another currency is not checked against it.
   */
  private Optional<Finding> checkCreditLimit(SalesOrder order, CustomerView customer) {
    String currency = customer.creditLimitCurrency();
    BigDecimal limit = customer.creditLimit();
    if (limit == null || currency == null || !currency.equals(order.currency())) {
      return Optional.empty();
    }
    CreditStanding.Exposure exposure = credit.exposure(customer.id(), currency, order.id());
    BigDecimal total =
        exposure.openReceivables().add(exposure.ordersNotInvoiced()).add(order.amount());
    if (total.compareTo(limit) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            FindingCode.CREDIT_LIMIT_EXCEEDED,
            null,
            "信用额度 "
                + money(currency, limit)
                + "：未收应收账款 "
                + money(currency, exposure.openReceivables())
                + " + 未开票订单 "
                + money(currency, exposure.ordersNotInvoiced())
                + " + 本订单 "
                + money(currency, order.amount())
                + " = "
                + money(currency, total)
                + "，超出 "
                + money(currency, total.subtract(limit)),
            customer.code() + " " + currency + " " + Numbers.plain(order.amount())));
  }

  private static String money(String currency, BigDecimal amount) {
    return currency + " " + Numbers.plain(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * The conditions of the customer's conditional sample passes that apply to the order's lines
   * (SPEC D1/D5): not findings, but what the assistant and production must see. One row per line
   * and approval, e.g. "第1行 EC-R0603-103：样品 YP-2026-00001 有条件通过（…）：…".
   */
  List<String> sampleConditions(SalesOrder order) {
    List<String> conditions = new ArrayList<>();
    for (SalesOrderLine line : order.lines()) {
      sampleApprovals
          .conditionsFor(order.customerId(), line.productId(), line.spec())
          .forEach(
              condition ->
                  conditions.add(
                      "第" + line.lineNo() + "行 " + line.productCode() + "：" + condition));
    }
    return conditions;
  }

  private Optional<Finding> checkPrice(
      SalesOrder order, CustomerView customer, SalesOrderLine line, LocalDate today) {
    Optional<PriceAgreementView> agreement =
        priceAgreements.effective(customer.id(), line.productId(), today);
    if (agreement.isEmpty()) {
      return Optional.of(
          new Finding(
              FindingCode.NO_PRICE_AGREEMENT,
              line.lineNo(),
              line.productCode() + " 没有有效报价，单价 " + Numbers.plain(line.unitPrice()) + " 无依据",
              subject(line, order.currency(), Numbers.plain(line.unitPrice()))));
    }
    PriceAgreementView price = agreement.get();
    if (!price.currency().equals(order.currency())
        || price.unitPrice().compareTo(line.unitPrice()) != 0) {
      return Optional.of(
          new Finding(
              FindingCode.PRICE_MISMATCH,
              line.lineNo(),
              "订单单价 "
                  + order.currency()
                  + " "
                  + Numbers.plain(line.unitPrice())
                  + "，有效报价 "
                  + price.currency()
                  + " "
                  + Numbers.plain(price.unitPrice())
                  + "（报价 "
                  + price.quoteNumber()
                  + " 第"
                  + price.revisionNo()
                  + "版）",
              subject(
                  line,
                  order.currency(),
                  Numbers.plain(line.unitPrice()),
                  price.currency(),
                  Numbers.plain(price.unitPrice()))));
    }
    return Optional.empty();
  }

  private Optional<Finding> checkSpec(
      CustomerView customer, SalesOrderLine line, ProductView product) {
    String spec = line.spec();
    if (spec == null || spec.equals(product.spec())) {
      return Optional.empty();
    }
    return sampleApprovals.covers(customer.id(), product.id(), spec)
        ? Optional.empty()
        : Optional.of(
            new Finding(
                FindingCode.SPEC_NOT_APPROVED,
                line.lineNo(),
                "规格“"
                    + spec
                    + "”与产品 "
                    + product.code()
                    + " 的规格“"
                    + product.spec()
                    + "”不同，且客户没有该规格的样品承认",
                subject(line, spec)));
  }

  private Optional<Finding> checkQuantity(SalesOrderLine line, ProductView product) {
    BigDecimal minimum = product.minimumOrderQuantity();
    if (line.quantity().compareTo(minimum) < 0) {
      return Optional.of(
          new Finding(
              FindingCode.QUANTITY_BELOW_MINIMUM,
              line.lineNo(),
              "数量 "
                  + Numbers.plain(line.quantity())
                  + product.unit()
                  + " 低于最小订购量 "
                  + Numbers.plain(minimum)
                  + product.unit(),
              subject(line, Numbers.plain(line.quantity()))));
    }
    BigDecimal ceiling = minimum.multiply(properties.implausibleQuantityFactor());
    if (line.quantity().compareTo(ceiling) > 0) {
      return Optional.of(
          new Finding(
              FindingCode.QUANTITY_IMPLAUSIBLE,
              line.lineNo(),
              "数量 "
                  + Numbers.plain(line.quantity())
                  + product.unit()
                  + " 超过最小订购量 "
                  + Numbers.plain(minimum)
                  + product.unit()
                  + " 的 "
                  + Numbers.plain(properties.implausibleQuantityFactor())
                  + " 倍（"
                  + Numbers.plain(ceiling)
                  + product.unit()
                  + "），请与客户核实",
              subject(line, Numbers.plain(line.quantity()))));
    }
    return Optional.empty();
  }

  /** Each item of the customer's standing requirements must appear in the order's notes. */
  private static List<Finding> missingStandingRequirements(
      SalesOrder order, CustomerView customer) {
    if (customer.standingRequirements() == null) {
      return List.of();
    }
    String notes = order.specialRequirements() == null ? "" : order.specialRequirements();
    return Arrays.stream(customer.standingRequirements().split("[；;\\n]"))
        .map(String::strip)
        .filter(item -> !item.isEmpty() && !notes.contains(item))
        .map(
            item ->
                new Finding(
                    FindingCode.STANDING_REQUIREMENT_MISSING,
                    null,
                    "客户常规要求“" + item + "”未写入订单特殊要求",
                    item))
        .toList();
  }

  /**
   * What a line finding judged: the line's product and the values checked. A settlement covers a
   * later finding only on the same subject, so a revised line is judged afresh.
   */
  private static String subject(SalesOrderLine line, Object... judged) {
    StringBuilder subject = new StringBuilder(line.productCode());
    for (Object value : judged) {
      subject.append(' ').append(value);
    }
    return subject.toString();
  }
}
