package com.gendan.statement;

import com.gendan.data.ResultPage;
import com.gendan.security.CurrentUsers;
import com.gendan.web.ListParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import org.springdoc.core.annotations.ParameterObject;
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
@Tag(name = "statements", description = "月度对帐单（PDF、Excel）与发票")
class StatementController {

  private final StatementApi statementApi;
  private final CurrentUsers currentUsers;

  StatementController(StatementApi statementApi, CurrentUsers currentUsers) {
    this.statementApi = statementApi;
    this.currentUsers = currentUsers;
  }

  /** The month a statement was cut in, {@code 2026-12}. */
  record PeriodParameter(
      @Parameter(description = "对帐月份，如 2026-12")
          @Pattern(regexp = "([0-9]{4}-(0[1-9]|1[0-2]))?", message = "对帐月份应为“年-月”，如 2026-12")
          String period) {

    String month() {
      return period == null || period.isBlank() ? null : period;
    }
  }

  @GetMapping("/api/statements")
  @Operation(
      summary =
          "The statements of the caller's customers, newest first, optionally of one customer,"
              + " month and status, a page at a time")
  ResultPage<StatementView.Summary> list(
      @ParameterObject @Valid ListParameters list,
      @ParameterObject @Valid PeriodParameter period,
      @Parameter(description = "对帐单状态") @RequestParam(required = false) StatementStatus status) {
    return statementApi.list(
        list.customerCode(), period.month(), status, list.paging(), currentUsers.current());
  }

  @GetMapping("/api/statements/{idOrNumber}")
  @Operation(summary = "A statement, by id or number: current revision, totals, every revision")
  StatementView find(
      @Parameter(description = "对帐单ID或单号，如 " + StatementApi.EXAMPLE_NUMBER) @PathVariable
          String idOrNumber) {
    return statementApi.find(idOrNumber, currentUsers.current());
  }

  @GetMapping("/api/statements/{idOrNumber}/pdf")
  @Operation(summary = "The statement's current revision as PDF")
  ResponseEntity<byte[]> pdf(@PathVariable String idOrNumber) {
    StatementApi.Download pdf = statementApi.pdf(idOrNumber, currentUsers.current());
    return download(pdf, MediaType.APPLICATION_PDF);
  }

  @GetMapping("/api/statements/{idOrNumber}/excel")
  @Operation(summary = "The statement's current revision as Excel workbook (.xlsx)")
  ResponseEntity<byte[]> excel(@PathVariable String idOrNumber) {
    StatementApi.Download excel = statementApi.excel(idOrNumber, currentUsers.current());
    return download(excel, MediaType.parseMediaType(StatementDocuments.XLSX));
  }

  @PostMapping("/api/consumption")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Report what a consignment customer consumed of an order line from its consignment"
              + " store; its statement covers it")
  StatementApi.ConsumptionView reportConsumption(@Valid @RequestBody ConsumptionRequest request) {
    return statementApi.reportConsumption(request, currentUsers.current());
  }

  @GetMapping("/api/invoices")
  @Operation(summary = "The invoices of the caller's customers, newest first, a page at a time")
  ResultPage<Invoice.View> invoices(@ParameterObject @Valid ListParameters list) {
    return statementApi.invoices(list.customerCode(), list.paging(), currentUsers.current());
  }

  @GetMapping("/api/invoices/{id}")
  @Operation(summary = "An invoice, by id")
  Invoice.View invoice(@Parameter(description = "发票ID") @PathVariable long id) {
    return statementApi.invoice(id, currentUsers.current());
  }

  private static ResponseEntity<byte[]> download(StatementApi.Download file, MediaType type) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(file.content());
  }
}
