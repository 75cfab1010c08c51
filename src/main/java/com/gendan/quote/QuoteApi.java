package com.gendan.quote;

import com.gendan.audit.DocumentReadLog;
import com.gendan.audit.ReadDocument;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.data.IdOrNumber;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.document.DocumentLinks;
import com.gendan.document.DocumentPages.Document;
import com.gendan.problem.InvalidRequestException;
import com.gendan.problem.NotFoundException;
import com.gendan.scope.CustomerProcesses;
import com.gendan.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quote API's use cases. An inquiry is registered and its process started in one transaction,
 * as the calling user, so Camunda's rule on who may start quotes applies. Reads follow the customer
 * scope and are logged.
 */
@Service
@Transactional
class QuoteApi {

  static final String EXAMPLE_NUMBER = "BJ-2026-00001";

  private static final Logger LOG = LoggerFactory.getLogger(QuoteApi.class);

  private final QuoteService quoteService;
  private final PriceAgreements priceAgreements;
  private final CustomerDirectory customers;
  private final CustomerProcesses customerProcesses;

  private final DocumentReadLog readLog;

  QuoteApi(
      QuoteService quoteService,
      PriceAgreements priceAgreements,
      CustomerDirectory customers,
      CustomerProcesses customerProcesses,
      DocumentReadLog readLog) {
    this.readLog = readLog;
    this.quoteService = quoteService;
    this.priceAgreements = priceAgreements;
    this.customers = customers;
    this.customerProcesses = customerProcesses;
  }

  QuoteView register(InquiryRequest request, CurrentUser user) {
    customers
        .findById(request.customerId())
        .ifPresent(customer -> customers.requireServes(user, customer, "报价"));
    long quoteId = quoteService.registerInquiry(request, user.userId());
    Quote quote = quoteService.load(quoteId);
    ProcessInstance instance =
        customerProcesses.start(
            QuoteApprovalProcess.KEY,
            quote.quoteNumber(),
            quote.customerId(),
            QuoteApprovalProcess.Variables.QUOTE_ID,
            quoteId);
    LOG.info(
        "Quote {} registered by {}, process {}",
        quote.quoteNumber(),
        user.userId(),
        instance.getId());
    return view(quote);
  }

  /** The quote by id or number; one the user may not see is as missing as one that is not. */
  @Transactional(readOnly = true)
  QuoteView find(String idOrNumber, CurrentUser user) {
    return view(readable(reference(idOrNumber), user));
  }

  @Transactional(readOnly = true)
  SignedDocument document(String idOrNumber, CurrentUser user) {
    return signedDocument(readable(reference(idOrNumber), user));
  }

  /** The quote's printable page (报价单): current revision, signatures, all revisions. */
  @Transactional(readOnly = true)
  Document page(String quoteNumber, CurrentUser user) {
    Quote quote = readable(reference(quoteNumber), user);
    Map<String, Object> model = new HashMap<>();
    model.put("quote", view(quote));
    model.put("customer", customers.findById(quote.customerId()).orElseThrow());
    return new Document(
        "quote", "报价单", quote.quoteNumber(), DocumentLinks.quote(quote.quoteNumber()), model);
  }

  /** The signed PDF of the quote's current revision. */
  SignedDocument signedDocument(Quote quote) {
    QuoteRevision revision = quote.current();
    if (revision.documentPdf() == null) {
      throw new NotFoundException(
          "报价 " + quote.quoteNumber() + " 第" + revision.revisionNo() + "版尚未完成全部签核，还没有签核后的报价单");
    }
    return new SignedDocument(
        quote.quoteNumber() + "-" + revision.revisionNo() + ".pdf", revision.documentPdf());
  }

  /**
   * Checks a printed or faxed quote: the verification code in its footer names exactly one signed
   * revision, or the document is not Gendan's.
   */
  @Transactional(readOnly = true)
  Verification verify(String code, CurrentUser user) {
    String normalized = code == null ? "" : code.trim().toUpperCase();
    for (Quote quote : quoteService.findByVerificationCode(normalized)) {
      for (QuoteRevision revision : quote.revisions()) {
        if (normalized.equals(revision.verificationCode())) {
          LOG.info("Quote {} verified by {}", quote.quoteNumber(), user.userId());
          CustomerView customer = customers.findById(quote.customerId()).orElseThrow();
          return new Verification(
              normalized,
              quote.quoteNumber(),
              revision.revisionNo(),
              revision.status(),
              customer.chineseName(),
              quote.currency(),
              revision.totalAmount(),
              revision.validUntil());
        }
      }
    }
    throw new NotFoundException("校验码 " + normalized + " 不属于任何已签核的报价单");
  }

  @Transactional(readOnly = true)
  List<PriceAgreementView> priceAgreements(long customerId, LocalDate day, CurrentUser user) {
    CustomerView customer =
        customers
            .findById(customerId)
            .orElseThrow(() -> InvalidRequestException.of("customer", "客户不存在"));
    customers.requireServes(user, customer, "报价");
    readLog.record(user, customerId, ReadDocument.PRICE_AGREEMENTS, customer.code());
    return priceAgreements.effective(customerId, day);
  }

  /** The quotes of the customers the user serves (or of the one asked for), newest first. */
  @Transactional(readOnly = true)
  ResultPage<QuoteSummary> list(
      String customer, RevisionStatus status, Paging paging, CurrentUser user) {
    ResultPage<QuoteRevision> page =
        quoteService.list(customers.readableBy(user, customer), status, paging);
    LOG.info(
        "Quotes listed by {} (customer {}, status {}): {}", user.userId(), customer, status, page);
    return page.map(
        revision ->
            QuoteSummary.of(
                revision, customers.findById(revision.quote().customerId()).orElseThrow()));
  }

  /**
   * The quote, if it exists and the user serves its customer (or sees every customer); the read is
   * logged.
   *
   * @throws NotFoundException otherwise, the same for a missing quote and another team's
   */
  @Transactional(readOnly = true)
  Quote readable(IdOrNumber reference, CurrentUser user) {
    Quote quote =
        quoteService
            .find(reference)
            .filter(q -> customers.mayRead(user, q.customerId()))
            .orElseThrow(() -> new NotFoundException("报价不存在：" + reference));
    readLog.record(user, quote.customerId(), ReadDocument.QUOTE, quote.quoteNumber());
    return quote;
  }

  static IdOrNumber reference(String idOrNumber) {
    return IdOrNumber.parse(idOrNumber, QuoteService.NUMBER, "idOrNumber", EXAMPLE_NUMBER);
  }

  private QuoteView view(Quote quote) {
    CustomerView customer = customers.findById(quote.customerId()).orElseThrow();
    return new QuoteView(
        quote.id(),
        quote.quoteNumber(),
        quote.customerId(),
        customer.code(),
        customer.chineseName(),
        quote.currency(),
        quote.validityDays(),
        quote.processInstanceId(),
        quote.current().toView(),
        quote.revisions().stream().map(QuoteRevision::toView).toList());
  }

  record SignedDocument(String fileName, byte[] pdf) {}

  /** What a verification code vouches for. */
  record Verification(
      String verificationCode,
      String quoteNumber,
      int revisionNo,
      RevisionStatus status,
      String customerName,
      String currency,
      BigDecimal totalAmount,
      LocalDate validUntil) {}
}
