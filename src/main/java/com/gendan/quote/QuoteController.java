package com.gendan.quote;

import com.gendan.data.ResultPage;
import com.gendan.security.CurrentUsers;
import com.gendan.web.ListParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "quotes", description = "询价、报价与有效报价（单价依据）")
class QuoteController {

  private final QuoteApi quoteApi;
  private final CurrentUsers currentUsers;
  private final Clock clock;

  QuoteController(QuoteApi quoteApi, CurrentUsers currentUsers, Clock clock) {
    this.quoteApi = quoteApi;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  @PostMapping("/api/quotes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Register an inquiry and start its quote approval")
  QuoteView register(@Valid @RequestBody InquiryRequest request) {
    return quoteApi.register(request, currentUsers.current());
  }

  @GetMapping("/api/quotes")
  @Operation(
      summary =
          "The quotes of the caller's customers, newest first, optionally of one customer and"
              + " status (of the current revision), a page at a time")
  ResultPage<QuoteSummary> list(
      @ParameterObject @Valid ListParameters list,
      @Parameter(description = "报价状态（当前版本的状态）") @RequestParam(required = false)
          RevisionStatus status) {
    return quoteApi.list(list.customerCode(), status, list.paging(), currentUsers.current());
  }

  @GetMapping("/api/quotes/{idOrNumber}")
  @Operation(
      summary =
          "A quote, by id or number, with its current revision, lines, signatures and all"
              + " revisions")
  QuoteView find(
      @Parameter(description = "报价ID或报价单号，如 " + QuoteApi.EXAMPLE_NUMBER) @PathVariable
          String idOrNumber) {
    return quoteApi.find(idOrNumber, currentUsers.current());
  }

  @GetMapping(
      value = "/api/quotes/{idOrNumber}/document",
      produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "The signed quote document (PDF) of the current revision")
  ResponseEntity<byte[]> document(
      @Parameter(description = "报价ID或报价单号，如 " + QuoteApi.EXAMPLE_NUMBER) @PathVariable
          String idOrNumber) {
    return inline(quoteApi.document(idOrNumber, currentUsers.current()));
  }

  /** The signed PDF, to be shown in the browser. */
  static ResponseEntity<byte[]> inline(QuoteApi.SignedDocument document) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(document.fileName()).build().toString())
        .contentType(MediaType.APPLICATION_PDF)
        .body(document.pdf());
  }

  @GetMapping("/api/quotes/verification")
  @Operation(summary = "Check a printed quote by the verification code in its footer")
  QuoteApi.Verification verify(@RequestParam String code) {
    return quoteApi.verify(code, currentUsers.current());
  }

  @GetMapping("/api/price-agreements")
  @Operation(summary = "The prices in effect for a customer on a day (default today)")
  List<PriceAgreementView> priceAgreements(
      @RequestParam("customer") long customerId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate date) {
    return quoteApi.priceAgreements(
        customerId, date == null ? LocalDate.now(clock) : date, currentUsers.current());
  }
}
