package com.gendan.close;

import com.gendan.data.ResultPage;
import com.gendan.security.CurrentUsers;
import com.gendan.web.ListParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "monthly close", description = "月结：按客户与月份归档的单据（只读），月使用量统计明细表与安全库存")
class CloseController {

  private final CloseApi closeApi;
  private final CurrentUsers currentUsers;

  CloseController(CloseApi closeApi, CurrentUsers currentUsers) {
    this.closeApi = closeApi;
    this.currentUsers = currentUsers;
  }

  /** The month of a close, {@code 2026-11}. */
  record MonthParameter(
      @Parameter(description = "月份，如 2026-11") @Size(max = 7, message = "月份应为 yyyy-MM，如 2026-11")
          String month) {}

  @GetMapping("/api/archive")
  @Operation(
      summary =
          "The closed documents of a month archived by the monthly close, per customer, read-only,"
              + " with their printable pages and PDFs, a page at a time")
  ResultPage<CloseApi.ArchivedDocumentView> archive(
      @ParameterObject @Valid ListParameters list, @ParameterObject @Valid MonthParameter month) {
    return closeApi.archive(
        list.customerCode(), month.month(), list.paging(), currentUsers.current());
  }

  @GetMapping("/api/usage-statements")
  @Operation(
      summary =
          "The monthly usage statements per customer: per product shipped (consignment: consumed"
              + " and on consignment), the proposed safety stock and what production and the"
              + " warehouse accepted; newest month first, a page at a time")
  ResultPage<CloseApi.UsageStatementView> usageStatements(
      @ParameterObject @Valid ListParameters list, @ParameterObject @Valid MonthParameter month) {
    return closeApi.usageStatements(
        list.customerCode(), month.month(), list.paging(), currentUsers.current());
  }
}
