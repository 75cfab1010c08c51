package com.gendan.audit;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.data.ResultPage;
import com.gendan.document.Spreadsheet;
import com.gendan.identity.PeopleDirectory;
import com.gendan.security.CurrentUser;
import com.gendan.security.CurrentUsers;
import com.gendan.team.TeamController;
import com.gendan.web.ListParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What auditors read (and, within their customers, assistants): the history of any process instance
 * found by document number, customer, period and state; the audit reports, as JSON for the Cockpit
 * views and as Excel to keep. Read-only: nothing here changes anything.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit", description = "稽核：流程历史、迟办任务、最长等待、单据查阅记录")
class AuditController {

  private final ProcessHistory processHistory;
  private final AuditReports reports;
  private final DocumentReadLog readLog;
  private final CustomerDirectory customers;
  private final PeopleDirectory people;
  private final CurrentUsers currentUsers;
  private final Clock clock;

  AuditController(
      ProcessHistory processHistory,
      AuditReports reports,
      DocumentReadLog readLog,
      CustomerDirectory customers,
      PeopleDirectory people,
      CurrentUsers currentUsers,
      Clock clock) {
    this.processHistory = processHistory;
    this.reports = reports;
    this.readLog = readLog;
    this.customers = customers;
    this.people = people;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  @GetMapping("/views")
  @Operation(summary = "Which of Gendan's Cockpit views the caller may open")
  CockpitViews views() {
    CurrentUser user = current();
    return new CockpitViews(
        true,
        AuditAccess.mayReadReports(user),
        AuditAccess.mayReadReadLog(user),
        TeamController.mayView(user));
  }

  /** The views of the Cockpit menu: history for everyone, the rest by role. */
  record CockpitViews(boolean history, boolean reports, boolean readLog, boolean team) {}

  @GetMapping("/instances")
  @Operation(
      summary =
          "Running and finished process instances the caller may see, newest first: by document"
              + " number (or its beginning), customer, process, state and start date")
  ResultPage<InstanceSummary> instances(
      @ParameterObject @Valid ListParameters list,
      @Parameter(description = "单据号或其开头，如 XS-2026-00012、BJ-2026")
          @RequestParam(required = false)
          @Size(max = 40, message = "单据号长度不能超过{max}个字符")
          @Pattern(regexp = "[A-Za-z0-9-]*", message = "单据号只能包含字母、数字和短横线")
          String document,
      @Parameter(description = "流程，如 salesOrder、quoteApproval")
          @RequestParam(required = false)
          @Size(max = 64, message = "流程标识长度不能超过{max}个字符")
          @Pattern(regexp = "([A-Za-z][A-Za-z0-9_]*)?", message = "流程标识只能包含字母、数字和下划线")
          String process,
      @Parameter(description = "RUNNING 进行中，FINISHED 已结束；不填为全部") @RequestParam(required = false)
          InstanceState state,
      @ParameterObject @Valid ReportParameters.Days started) {
    CurrentUser user = currentUsers.current();
    List<Long> customerIds =
        list.customerCode() == null
            ? null
            : customers.readableBy(user, list.customerCode()).customerIds();
    Period period = started.from() == null && started.to() == null ? null : started.period(clock);
    return processHistory.search(
        new ProcessHistory.Search(
            blankToNull(document), customerIds, blankToNull(process), state, period),
        list.paging());
  }

  @GetMapping("/instances/{id}")
  @Operation(
      summary =
          "The story of one instance: steps, tasks (claimed, completed, late), variable history,"
              + " decisions with their matched rules, incidents and the user operation log")
  InstanceStory instance(
      @Parameter(description = "流程实例ID")
          @PathVariable
          @Size(max = 64, message = "流程实例ID长度不能超过{max}个字符")
          @Pattern(regexp = "[A-Za-z0-9-]+", message = "流程实例ID只能包含字母、数字和短横线")
          String id) {
    return processHistory.story(id);
  }

  @GetMapping("/reports/late-tasks")
  @Operation(summary = "Tasks completed in a period: per task and person, how many were late")
  AuditReports.LateTasks lateTasks(@ParameterObject @Valid ReportParameters.Days days) {
    return reports.lateTasks(days.period(clock), AuditAccess.reportTenants(current()));
  }

  @GetMapping("/reports/late-tasks.xlsx")
  @Operation(summary = "The late-task report as an Excel workbook")
  ResponseEntity<byte[]> lateTasksWorkbook(@ParameterObject @Valid ReportParameters.Days days) {
    AuditReports.LateTasks report = lateTasks(days);
    return workbook(
        "迟办任务",
        days.period(clock),
        new Spreadsheet.Sheet<>(
            "按任务和人员",
            List.of(
                new Spreadsheet.Column<>("流程", AuditReports.LateTaskCount::processKey),
                new Spreadsheet.Column<>("任务", AuditReports.LateTaskCount::taskName),
                new Spreadsheet.Column<>("处理人", AuditReports.LateTaskCount::assigneeName),
                new Spreadsheet.Column<>("完成数", AuditReports.LateTaskCount::completed),
                new Spreadsheet.Column<>("逾期数", AuditReports.LateTaskCount::late),
                new Spreadsheet.Column<>("逾期率（%）", AuditReports.LateTaskCount::lateRate),
                new Spreadsheet.Column<>(
                    "最长逾期（小时）", AuditReports.LateTaskCount::longestDelayHours)),
            report.summary()),
        new Spreadsheet.Sheet<>(
            "逾期明细",
            List.of(
                new Spreadsheet.Column<>("单据号", AuditReports.LateTask::documentNumber),
                new Spreadsheet.Column<>("任务", AuditReports.LateTask::taskName),
                new Spreadsheet.Column<>("处理人", AuditReports.LateTask::assigneeName),
                new Spreadsheet.Column<>("到期时间", AuditReports.LateTask::due),
                new Spreadsheet.Column<>("完成时间", AuditReports.LateTask::ended),
                new Spreadsheet.Column<>("逾期（小时）", AuditReports.LateTask::lateHours)),
            report.late()));
  }

  @GetMapping("/reports/longest-waits")
  @Operation(summary = "Of each step, the documents that waited there longest (ended in a period)")
  List<AuditReports.StepWaits> longestWaits(
      @ParameterObject @Valid ReportParameters.Days days,
      @ParameterObject @Valid ReportParameters.Top top) {
    return reports.longestWaits(
        days.period(clock), AuditAccess.reportTenants(current()), top.count());
  }

  @GetMapping("/reports/longest-waits.xlsx")
  @Operation(summary = "The longest-waits report as an Excel workbook")
  ResponseEntity<byte[]> longestWaitsWorkbook(
      @ParameterObject @Valid ReportParameters.Days days,
      @ParameterObject @Valid ReportParameters.Top top) {
    Period period = days.period(clock);
    List<AuditReports.Wait> waits =
        longestWaits(days, top).stream().flatMap(s -> s.waits().stream()).toList();
    return workbook(
        "最长等待",
        period,
        new Spreadsheet.Sheet<>(
            "最长等待",
            List.of(
                new Spreadsheet.Column<>("流程", AuditReports.Wait::processKey),
                new Spreadsheet.Column<>("步骤", AuditReports.Wait::activityName),
                new Spreadsheet.Column<>("类型", AuditReports.Wait::activityType),
                new Spreadsheet.Column<>("单据号", AuditReports.Wait::documentNumber),
                new Spreadsheet.Column<>("开始", AuditReports.Wait::started),
                new Spreadsheet.Column<>("结束", AuditReports.Wait::ended),
                new Spreadsheet.Column<>("等待（小时）", AuditReports.Wait::waitedHours),
                new Spreadsheet.Column<>("处理人", AuditReports.Wait::assigneeName)),
            waits));
  }

  @GetMapping("/reports/document-reads")
  @Operation(summary = "Who read which customer's documents in a period, newest first")
  ResultPage<DocumentReadView> documentReads(
      @ParameterObject @Valid ListParameters list,
      @ParameterObject @Valid ReportParameters.Days days,
      @ParameterObject @Valid ReportParameters.Reader reader) {
    AuditAccess.requireReadLogReader(current());
    Period period = days.period(clock);
    Long customerId = customerIdOf(list.customerCode());
    if (customerId != null && customerId < 0) {
      return ResultPage.empty(list.paging());
    }
    return readLog.list(period, customerId, reader.userId(), list.paging()).map(readViews()::of);
  }

  @GetMapping("/reports/document-reads.xlsx")
  @Operation(summary = "The document-read log of a period as an Excel workbook (up to 10000 reads)")
  ResponseEntity<byte[]> documentReadsWorkbook(
      @ParameterObject @Valid ListParameters list,
      @ParameterObject @Valid ReportParameters.Days days,
      @ParameterObject @Valid ReportParameters.Reader reader) {
    AuditAccess.requireReadLogReader(current());
    Period period = days.period(clock);
    Long customerId = customerIdOf(list.customerCode());
    DocumentReadView.Views views = readViews();
    List<DocumentReadView> reads =
        customerId != null && customerId < 0
            ? List.of()
            : readLog.listAll(period, customerId, reader.userId()).stream().map(views::of).toList();
    return workbook(
        "单据查阅记录",
        period,
        new Spreadsheet.Sheet<>(
            "查阅记录",
            List.of(
                new Spreadsheet.Column<>("查阅时间", DocumentReadView::readAt),
                new Spreadsheet.Column<>("查阅人", DocumentReadView::userName),
                new Spreadsheet.Column<>("用户名", DocumentReadView::userId),
                new Spreadsheet.Column<>("客户", DocumentReadView::customer),
                new Spreadsheet.Column<>("单据", DocumentReadView::document),
                new Spreadsheet.Column<>("单据号", DocumentReadView::reference)),
            reads));
  }

  /** Reads as the report shows them, each customer and person looked up once. */
  private DocumentReadView.Views readViews() {
    return new DocumentReadView.Views(this::customerName, people);
  }

  private CurrentUser current() {
    return currentUsers.current();
  }

  /** The customer's id; -1 for a code no customer has; null when none was asked for. */
  private Long customerIdOf(String code) {
    return code == null ? null : customers.findByCode(code).map(CustomerView::id).orElse(-1L);
  }

  private String customerName(long customerId) {
    return customers
        .findById(customerId)
        .map(c -> c.code() + " " + c.chineseName())
        .orElse(String.valueOf(customerId));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** The report {@code title} of {@code period}, to download as "title-from至to.xlsx". */
  private static ResponseEntity<byte[]> workbook(
      String title, Period period, Spreadsheet.Sheet<?>... sheets) {
    return Spreadsheet.download(
        title + "-" + period.firstDay() + "至" + period.lastDay(), period.start().getZone(), sheets);
  }
}
