package com.gendan.quote;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerSelection;
import com.gendan.data.IdOrNumber;
import com.gendan.data.ListQuery;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Numbers;
import com.gendan.product.CurrencyProperties;
import com.gendan.product.ProductCatalog;
import com.gendan.product.ProductView;
import com.gendan.quote.QuoteApprovalProcess.CustomerResponse;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quote's business rules, one method per step of the process. Every rule failure that a user
 * caused is an {@link InvalidRequestException} naming the field; nothing is changed then.
 */
@Service
@Transactional
public class QuoteService {

  /** A quote's number, {@code BJ-2026-00001}, as {@link #registerInquiry} draws it. */
  static final Pattern NUMBER = Pattern.compile("BJ-[0-9]{4}-[0-9]{5,9}");

  private final QuoteRepository quotes;
  private final PriceAgreementRepository agreements;
  private final CustomerDirectory customers;
  private final ProductCatalog products;
  private final CurrencyProperties currencies;
  private final QuoteProperties properties;
  private final Validator validator;
  private final Clock clock;
  private final EntityManager entityManager;

  QuoteService(
      QuoteRepository quotes,
      PriceAgreementRepository agreements,
      CustomerDirectory customers,
      ProductCatalog products,
      CurrencyProperties currencies,
      QuoteProperties properties,
      Validator validator,
      Clock clock,
      EntityManager entityManager) {
    this.entityManager = entityManager;
    this.quotes = quotes;
    this.agreements = agreements;
    this.customers = customers;
    this.products = products;
    this.currencies = currencies;
    this.properties = properties;
    this.validator = validator;
    this.clock = clock;
  }

  /** Registers an inquiry as revision 1 of a new quote, its lines priced at list price basis. */
  public long registerInquiry(InquiryRequest request, String userId) {
    Checked checked = check(request);
    InvalidRequestException.throwIfAny(checked.problems());
    String currency = currencyOf(request);
    List<QuoteLine> lines = new ArrayList<>();
    for (int i = 0; i < request.lines().size(); i++) {
      InquiryRequest.Line line = request.lines().get(i);
      ProductView p = checked.products().get(i);
      lines.add(
          new QuoteLine(
              i + 1,
              p,
              line.quantity(),
              line.targetPrice(),
              convert(p.listPrice(), p.currency(), currency),
              convert(p.floorPrice(), p.currency(), currency)));
    }
    int validity =
        request.validityDays() == null ? properties.defaultValidityDays() : request.validityDays();
    String number = "BJ-" + Year.now(clock) + "-" + String.format("%05d", quotes.nextNumber());
    Quote quote =
        new Quote(
            number, request.customerId(), currency, validity, request.note(), lines, userId, now());
    return quotes.save(quote).id();
  }

  /**
   * Everything wrong with an inquiry, all at once (a form with three bad lines names all three):
   * the request's own rules, the customer, the currency and each line's product.
   */
  public List<FieldProblem> problemsOf(InquiryRequest request) {
    return check(request).problems();
  }

  /**
   * An inquiry checked in one pass: its problems, and each line's product (looked up once), in the
   * lines' order; complete only when there is no problem.
   */
  private record Checked(List<FieldProblem> problems, List<ProductView> products) {}

  private Checked check(InquiryRequest request) {
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(request)));
    if (request.customerId() != null && customers.findById(request.customerId()).isEmpty()) {
      problems.add(new FieldProblem("customerId", "客户不存在"));
    }
    String currency = currencyOf(request);
    if (!currencies.isAllowed(currency)) {
      problems.add(new FieldProblem("currency", currencies.notAllowedMessage()));
    } else if (rateToCny(currency).isEmpty()) {
      problems.add(new FieldProblem("currency", "未配置该币种对人民币的汇率"));
    }
    List<InquiryRequest.Line> requested = request.lines() == null ? List.of() : request.lines();
    List<ProductView> found = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      InquiryRequest.Line line = requested.get(i);
      if (line == null || line.productCode() == null || line.productCode().isBlank()) {
        continue; // named by the validation above
      }
      Optional<ProductView> product = products.findByCode(line.productCode().trim());
      if (product.isEmpty()) {
        problems.add(
            new FieldProblem("lines[" + i + "].productCode", "产品不存在：" + line.productCode()));
      } else {
        found.add(product.get());
      }
    }
    return new Checked(problems, found);
  }

  private String currencyOf(InquiryRequest request) {
    return request.currency() == null || request.currency().isBlank()
        ? currencies.defaultCurrency()
        : request.currency().trim().toUpperCase();
  }

  public void linkProcess(long quoteId, String processInstanceId) {
    load(quoteId).linkProcess(processInstanceId);
  }

  /**
   * Takes the assistant's unit prices for the current revision and answers what the signing
   * authority needs to know about them.
   */
  public AuthorityInputs priceDraft(
      long quoteId, Map<Integer, BigDecimal> unitPrices, String userId) {
    Quote quote = load(quoteId);
    QuoteRevision revision = quote.current();
    List<FieldProblem> problems = new ArrayList<>();
    for (QuoteLine line : revision.lines()) {
      BigDecimal price = unitPrices.get(line.lineNo());
      String field = QuoteApprovalProcess.Variables.UNIT_PRICE_PREFIX + line.lineNo();
      if (price == null) {
        problems.add(new FieldProblem(field, "第" + line.lineNo() + "项缺少报价单价"));
      } else if (price.signum() <= 0) {
        problems.add(new FieldProblem(field, "第" + line.lineNo() + "项报价单价必须大于0"));
      } else if (!Numbers.Column.PRICE.fits(price)) {
        problems.add(
            new FieldProblem(field, "第" + line.lineNo() + "项" + Numbers.Column.PRICE.limits()));
      }
    }
    InvalidRequestException.throwIfAny(problems);
    revision.lines().forEach(line -> line.quote(unitPrices.get(line.lineNo())));
    BigDecimal total =
        revision.lines().stream().map(QuoteLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal totalCny =
        total.multiply(rateToCny(quote.currency()).orElseThrow()).setScale(2, RoundingMode.HALF_UP);
    if (!Numbers.Column.AMOUNT.fits(total) || !Numbers.Column.AMOUNT.fits(totalCny)) {
      // refused here, naming a field, rather than by the column at commit
      throw InvalidRequestException.of(
          QuoteApprovalProcess.Variables.UNIT_PRICE_PREFIX + revision.lines().get(0).lineNo(),
          "报价合计" + Numbers.Column.AMOUNT.limits());
    }
    revision.priceDrafted(total, totalCny);
    quote.touch(userId, now());
    BigDecimal maxDiscount =
        revision.lines().stream()
            .map(QuoteLine::discountPercent)
            .max(Comparator.naturalOrder())
            .orElse(BigDecimal.ZERO);
    boolean belowFloor = revision.lines().stream().anyMatch(QuoteLine::belowFloorPrice);
    String tier = customers.findById(quote.customerId()).orElseThrow().tier().name().toLowerCase();
    return new AuthorityInputs(maxDiscount.doubleValue(), belowFloor, totalCny.doubleValue(), tier);
  }

  /** Records a signer's decision; refusing or sending back needs a reason. */
  public void sign(long quoteId, Signer signer, SignatureDecision decision, String comment) {
    if (decision != SignatureDecision.APPROVED && (comment == null || comment.isBlank())) {
      throw InvalidRequestException.of("signComment", "驳回或退回修改时必须填写意见");
    }
    QuoteRevision revision = load(quoteId).current();
    revision.sign(
        new QuoteSignature(
            revision.signatures().size() + 1,
            signer,
            decision,
            comment == null || comment.isBlank() ? null : comment.trim(),
            now()));
  }

  /** The day the current revision's document will state as the end of its validity. */
  LocalDate validUntilIfIssuedToday(Quote quote) {
    return LocalDate.now(clock).plusDays(quote.validityDays());
  }

  /** Stores the signed document; refused unless every required signature exists. */
  void attachSignedDocument(
      Quote quote,
      List<String> requiredGroups,
      byte[] pdf,
      String verificationCode,
      LocalDate validUntil) {
    QuoteRevision revision = quote.current();
    if (!revision.isSignedBy(requiredGroups)) {
      throw new IllegalStateException(
          "quote " + quote.id() + " lacks signatures of " + requiredGroups);
    }
    revision.attachDocument(pdf, verificationCode, validUntil, now());
  }

  /** Marks the current revision sent and answers until when it holds. */
  public LocalDate markSent(long quoteId) {
    QuoteRevision revision = load(quoteId).current();
    revision.sent(now());
    return revision.validUntil();
  }

  /** Registers the customer's answer on the current revision. */
  public void respond(
      long quoteId,
      CustomerResponse response,
      List<Integer> acceptedLineNos,
      String reason,
      String userId) {
    if (response == null) {
      throw InvalidRequestException.of("customerResponse", "请选择客户回复");
    }
    QuoteRevision revision = load(quoteId).current();
    String why = reason == null || reason.isBlank() ? null : reason.trim();
    RevisionStatus outcome =
        switch (response) {
          case ACCEPTED -> {
            revision.lines().forEach(line -> line.accept(true));
            yield RevisionStatus.ACCEPTED;
          }
          case PARTIALLY_ACCEPTED -> {
            acceptOnly(revision, acceptedLineNos);
            yield RevisionStatus.PARTIALLY_ACCEPTED;
          }
          case COUNTERED -> {
            requireReason(why, "还价时请填写客户的还价内容");
            yield RevisionStatus.SUPERSEDED;
          }
          case REJECTED -> {
            requireReason(why, "客户拒绝时请填写原因");
            yield RevisionStatus.DECLINED_BY_CUSTOMER;
          }
        };
    revision.respond(outcome, response.value(), why, userId, now());
  }

  /** Accepted lines become the customer's price agreements until the quote's validity ends. */
  public int recordPriceAgreements(long quoteId) {
    Quote quote = load(quoteId);
    QuoteRevision revision = quote.current();
    LocalDate today = LocalDate.now(clock);
    int count = 0;
    for (QuoteLine line : revision.lines()) {
      if (Boolean.TRUE.equals(line.accepted())) {
        agreements.save(new PriceAgreement(quote, revision, line, today, now()));
        count++;
      }
    }
    return count;
  }

  /** A counter-offer: the next revision, lines copied, to be priced and signed again. */
  public int startRevision(long quoteId, String userId) {
    return load(quoteId).startRevision(userId, now()).revisionNo();
  }

  public void expire(long quoteId) {
    load(quoteId).current().expire();
  }

  List<Quote> findByVerificationCode(String code) {
    return quotes.findByVerificationCode(code);
  }

  Optional<Quote> findById(long quoteId) {
    return quotes.findById(quoteId);
  }

  Optional<Quote> find(IdOrNumber quote) {
    return quote.find(quotes::findById, quotes::findByQuoteNumber);
  }

  /**
   * The current revisions of the selected customers' quotes, optionally of one status (a quote's
   * status is its current revision's), newest quote first; each with its quote.
   */
  ResultPage<QuoteRevision> list(
      CustomerSelection customers, RevisionStatus status, Paging paging) {
    return ListQuery.of(
            entityManager,
            QuoteRevision.class,
            "select r from QuoteRevision r join fetch r.quote q",
            "select q.id from QuoteRevision r join r.quote q",
            "q.id desc")
        .where("r.revisionNo = q.currentRevisionNo")
        .whereIn("q.customerId in :customers", "customers", customers.customerIds())
        .where("r.status = :status", "status", status)
        .page(paging);
  }

  Quote load(long quoteId) {
    return quotes
        .findById(quoteId)
        .orElseThrow(() -> new IllegalStateException("quote " + quoteId + " does not exist"));
  }

  private void acceptOnly(QuoteRevision revision, List<Integer> acceptedLineNos) {
    Set<Integer> accepted = new HashSet<>(acceptedLineNos == null ? List.of() : acceptedLineNos);
    if (accepted.isEmpty()) {
      throw InvalidRequestException.of("acceptedLines", "部分接受时请至少选择一行");
    }
    for (Integer lineNo : accepted) {
      if (revision.line(lineNo).isEmpty()) {
        throw InvalidRequestException.of("acceptedLines", "第" + lineNo + "行不存在");
      }
    }
    revision.lines().forEach(line -> line.accept(accepted.contains(line.lineNo())));
  }

  private static void requireReason(String reason, String message) {
    if (reason == null) {
      throw InvalidRequestException.of("responseReason", message);
    }
  }

  private BigDecimal convert(BigDecimal amount, String from, String to) {
    if (from.equals(to)) {
      return amount;
    }
    BigDecimal cny =
        amount.multiply(
            rateToCny(from)
                .orElseThrow(
                    () -> InvalidRequestException.of("currency", "未配置" + from + "对人民币的汇率")));
    return cny.divide(rateToCny(to).orElseThrow(), 4, RoundingMode.HALF_UP);
  }

  private Optional<BigDecimal> rateToCny(String currency) {
    if ("CNY".equals(currency)) {
      return Optional.of(BigDecimal.ONE);
    }
    return Optional.ofNullable(properties.exchangeRatesToCny().get(currency));
  }

  private Instant now() {
    return clock.instant();
  }

  /** What the quoteApprovalAuthority decision decides on. */
  public record AuthorityInputs(
      double discountPercent,
      boolean belowFloorPrice,
      double totalAmountCny,
      String customerTier) {}
}
