package com.gendan.quote;

import com.gendan.customer.CustomerContact;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.document.Letterhead;
import com.gendan.document.PdfDocuments;
import com.gendan.document.VerificationCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed quote document: a PDF in Chinese with the letterhead, the customer, the lines, the
 * total, the validity and every signature, and a verification code derived from exactly that
 * content. Produced only once every required signature exists.
 */
@Component
class QuoteDocuments {

  static final String TEMPLATE = "signed-quote";
  private static final DateTimeFormatter SIGNED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final QuoteService quoteService;
  private final CustomerDirectory customers;
  private final PdfDocuments pdfDocuments;
  private final Letterhead letterhead;
  private final Clock clock;

  QuoteDocuments(
      QuoteService quoteService,
      CustomerDirectory customers,
      PdfDocuments pdfDocuments,
      Letterhead letterhead,
      Clock clock) {
    this.quoteService = quoteService;
    this.customers = customers;
    this.pdfDocuments = pdfDocuments;
    this.letterhead = letterhead;
    this.clock = clock;
  }

  @Transactional
  public void generate(long quoteId, List<String> requiredGroups) {
    Quote quote = quoteService.load(quoteId);
    QuoteRevision revision = quote.current();
    if (!revision.isSignedBy(requiredGroups)) {
      throw new IllegalStateException(
          "quote "
              + quote.quoteNumber()
              + " revision "
              + revision.revisionNo()
              + " lacks signatures of "
              + requiredGroups);
    }
    CustomerView customer = customers.findById(quote.customerId()).orElseThrow();
    LocalDate issued = LocalDate.now(clock);
    LocalDate validUntil = quoteService.validUntilIfIssuedToday(quote);
    List<Map<String, Object>> lines = revision.lines().stream().map(QuoteDocuments::line).toList();
    List<Map<String, Object>> signatures =
        revision.currentApprovals().stream()
            .map(QuoteSignature::toView)
            .map(this::signature)
            .toList();
    String code =
        VerificationCode.of(canonical(quote, revision, customer, validUntil, lines, signatures));

    Map<String, Object> model = new LinkedHashMap<>();
    model.put("company", letterhead);
    model.put("quoteNumber", quote.quoteNumber());
    model.put("revisionNo", revision.revisionNo());
    model.put("issuedDate", issued.toString());
    model.put("validUntil", validUntil.toString());
    model.put("customerName", customer.chineseName());
    model.put("customerCode", customer.code());
    model.put("contactName", customer.primaryContact().map(CustomerContact::name).orElse(""));
    model.put("currency", quote.currency());
    model.put("lines", lines);
    model.put("totalAmount", revision.totalAmount());
    model.put("signatures", signatures);
    model.put("verificationCode", code);
    model.put("note", "");
    byte[] pdf = pdfDocuments.render(TEMPLATE, model);
    quoteService.attachSignedDocument(quote, requiredGroups, pdf, code, validUntil);
  }

  private static Map<String, Object> line(QuoteLine line) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("lineNo", line.lineNo());
    row.put("productCode", line.productCode());
    row.put("productName", line.productName());
    row.put("spec", line.spec() == null ? "" : line.spec());
    row.put("unit", line.unit());
    row.put("quantity", line.quantity());
    row.put("unitPrice", line.unitPrice());
    row.put("amount", line.amount());
    return row;
  }

  private Map<String, Object> signature(SignatureView signature) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("roleName", signature.roleName());
    row.put("userName", signature.userName());
    row.put("signedAt", SIGNED_AT.format(signature.signedAt().atZone(clock.getZone())));
    row.put("comment", signature.comment() == null ? "" : signature.comment());
    return row;
  }

  /** What the verification code vouches for: everything the customer relies on. */
  private static String canonical(
      Quote quote,
      QuoteRevision revision,
      CustomerView customer,
      LocalDate validUntil,
      List<Map<String, Object>> lines,
      List<Map<String, Object>> signatures) {
    return String.join(
        "|",
        quote.quoteNumber(),
        String.valueOf(revision.revisionNo()),
        customer.code(),
        quote.currency(),
        validUntil.toString(),
        revision.totalAmount().toPlainString(),
        lines.stream().map(Object::toString).collect(Collectors.joining(";")),
        signatures.stream().map(Object::toString).collect(Collectors.joining(";")));
  }
}
