package com.gendan.receivable;

import com.gendan.document.Spreadsheet;
import com.gendan.security.CurrentUser;
import com.gendan.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "receivables", description = "应收账款：登记收款、账龄表")
class ReceivableReportController {

  private static final Logger LOG = LoggerFactory.getLogger(ReceivableReportController.class);

  private final ReceivableReports reports;
  private final CurrentUsers currentUsers;
  private final Clock clock;

  ReceivableReportController(ReceivableReports reports, CurrentUsers currentUsers, Clock clock) {
    this.reports = reports;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  @GetMapping("/api/reports/receivables-aging")
  @Operation(
      summary =
          "Open receivables per customer and currency as of today, in the buckets not yet due,"
              + " 1-30, 31-60, 61-90 and over 90 days overdue, with totals per currency; an"
              + " assistant or a sales rep sees her own customers")
  AgingReport aging() {
    CurrentUser user = currentUsers.current();
    AgingReport report = reports.aging(user);
    LOG.info("Receivables aging read by {}: {} rows", user.userId(), report.rows().size());
    return report;
  }

  @GetMapping("/api/reports/receivables-aging.xlsx")
  @Operation(summary = "The same aging report as an Excel workbook (.xlsx)")
  ResponseEntity<byte[]> agingWorkbook() {
    CurrentUser user = currentUsers.current();
    AgingReport report = reports.aging(user);
    LOG.info("Receivables aging workbook read by {}: {} rows", user.userId(), report.rows().size());
    return Spreadsheet.download(
        ReceivableReports.fileName(report), clock.getZone(), ReceivableReports.sheets(report));
  }
}
