package com.gendan.document;

import com.gendan.identity.PeopleDirectory;
import com.gendan.process.Actors;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriUtils;

/**
 * The printable, read-only page of a business document (报价单, 样品申请单, 销售订单, …) and its PDF, from one
 * template in {@code templates/documents/}: the page is the filled template itself, the PDF the
 * same laid out on A4 by {@link PdfDocuments}. Besides the capability's own model every template
 * sees:
 *
 * <ul>
 *   <li>{@code company}: the {@link Letterhead};
 *   <li>{@code title}, {@code number}: what the document is (销售订单) and its number;
 *   <li>{@code pdf}: whether it is laid out as PDF (no toolbar then), {@code pdfUrl} the PDF's
 *       address; {@code links}: the addresses of other documents ({@link Links}), on the page from
 *       the server's root, in the PDF, which is read away from the application, absolute ({@code
 *       gendan.base-url});
 *   <li>{@code printedAt}: now, in the department's zone; {@code fmt}: {@link DocumentFormat};
 *   <li>{@code names}: people's names by user id ({@code names.of(order.createdBy)}).
 * </ul>
 */
@Component
public class DocumentPages {

  static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
  static final String ERROR_TEMPLATE = "document-error";
  static final String TASKLIST = "/camunda/app/tasklist/";

  private final PdfDocuments documents;
  private final Letterhead letterhead;
  private final PeopleDirectory people;
  private final Clock clock;
  private final String baseUrl;

  DocumentPages(
      PdfDocuments documents,
      Letterhead letterhead,
      PeopleDirectory people,
      Clock clock,
      @Value("${gendan.base-url:}") String baseUrl) {
    this.documents = documents;
    this.letterhead = letterhead;
    this.people = people;
    this.clock = clock;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * The document's page, or its PDF when the request matched the handler's address for the PDF (the
   * page's, ending in {@value DocumentLinks#PDF}).
   */
  public ResponseEntity<byte[]> answer(HttpServletRequest request, Document document) {
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    return String.valueOf(pattern).endsWith(DocumentLinks.PDF) ? pdf(document) : page(document);
  }

  /** The document's page, to read and print in the browser. */
  private ResponseEntity<byte[]> page(Document document) {
    return ResponseEntity.ok()
        .contentType(HTML)
        .body(html(document.template(), model(document, false)));
  }

  /** The document as PDF, shown inline, named for what it is ({@code 销售订单-XS-2026-00001.pdf}). */
  private ResponseEntity<byte[]> pdf(Document document) {
    byte[] pdf = pdfOf(document);
    String name = pdfName(document);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "inline; filename=\""
                + document.number()
                + DocumentLinks.PDF
                + "\"; filename*=UTF-8''"
                + UriUtils.encode(name, StandardCharsets.UTF_8))
        .body(pdf);
  }

  /** The document laid out as PDF, as its page's PDF address answers it (to attach to a mail). */
  public byte[] pdfOf(Document document) {
    return documents.render(document.template(), model(document, true));
  }

  /** What the document's PDF is called: {@code 销售订单-XS-2026-00001.pdf}. */
  public static String pdfName(Document document) {
    return document.title() + "-" + document.number() + DocumentLinks.PDF;
  }

  /** A page that tells why there is no document, with a way back to Tasklist. */
  public ResponseEntity<byte[]> error(HttpStatus status, String heading, String message) {
    return ResponseEntity.status(status).contentType(HTML).body(errorPage(heading, message));
  }

  /** The body of {@link #error}, for answers written outside Spring MVC (a missing login). */
  public byte[] errorPage(String heading, String message) {
    Map<String, Object> model = new HashMap<>();
    model.put("company", letterhead);
    model.put("heading", heading);
    model.put("message", message);
    model.put("tasklist", TASKLIST);
    return html(ERROR_TEMPLATE, model);
  }

  private Map<String, Object> model(Document document, boolean pdf) {
    Map<String, Object> model = new HashMap<>(document.model());
    model.put("company", letterhead);
    model.put("title", document.title());
    model.put("number", document.number());
    model.put("pdf", pdf);
    model.put("pdfUrl", document.path() + DocumentLinks.PDF);
    model.put("links", new Links(pdf ? baseUrl : ""));
    model.put("printedAt", clock.instant());
    model.put("names", new Names(people));
    return model;
  }

  private byte[] html(String template, Map<String, Object> model) {
    return documents.xhtml(template, model).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A document to show.
   *
   * @param template its template in {@code templates/documents/}
   * @param title what it is, as printed on it: 销售订单
   * @param number its number, also the PDF's file name
   * @param path its page's address ({@link DocumentLinks})
   * @param model what its template reads
   */
  public record Document(
      String template, String title, String number, String path, Map<String, Object> model) {}

  /** The addresses of document pages, for a template's links ({@link DocumentLinks}). */
  public static final class Links {

    private final String base;

    Links(String base) {
      this.base = base;
    }

    public String quote(String quoteNumber) {
      return base + DocumentLinks.quote(quoteNumber);
    }

    public String signedQuote(String quoteNumber) {
      return base + DocumentLinks.quote(quoteNumber) + DocumentLinks.SIGNED_QUOTE;
    }

    public String sample(String sampleNumber) {
      return base + DocumentLinks.sample(sampleNumber);
    }

    public String order(String orderNumber) {
      return base + DocumentLinks.order(orderNumber);
    }

    public String productionPlan(String orderNumber) {
      return base + DocumentLinks.productionPlan(orderNumber);
    }

    public String shipment(String shipmentNumber) {
      return base + DocumentLinks.shipment(shipmentNumber);
    }

    public String stockNotice(String shipmentNumber) {
      return base + DocumentLinks.stockNotice(shipmentNumber);
    }

    public String changeRequest(String requestNumber) {
      return base + DocumentLinks.changeRequest(requestNumber);
    }

    public String complaint(String complaintNumber) {
      return base + DocumentLinks.complaint(complaintNumber);
    }
  }

  /** People's names for one document, each looked up once. */
  public static final class Names {

    private final PeopleDirectory people;
    private final Map<String, String> known = new LinkedHashMap<>();

    Names(PeopleDirectory people) {
      this.people = people;
    }

    /** The user's name (刘洋); 系统 for the steps Gendan takes by itself; empty for none. */
    public String of(String userId) {
      if (userId == null) {
        return "";
      }
      return Actors.SYSTEM.equals(userId)
          ? "系统"
          : known.computeIfAbsent(userId, people::displayName);
    }
  }
}
