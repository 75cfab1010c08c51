package com.gendan.quote;

import com.gendan.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

  @GetMapping("/api/quotes/{id}")
  @Operation(summary = "A quote with its current revision, lines, signatures and all revisions")
  QuoteView find(@PathVariable long id) {
    return quoteApi.find(id, currentUsers.current());
  }

  @GetMapping(value = "/api/quotes/{id}/document", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "The signed quote document (PDF) of the current revision")
  ResponseEntity<byte[]> document(@PathVariable long id) {
    QuoteApi.SignedDocument document = quoteApi.document(id, currentUsers.current());
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
