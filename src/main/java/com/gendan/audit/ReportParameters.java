package com.gendan.audit;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the audit reports take from the query string, each bounded; the JSON and the Excel form of a
 * report take the same.
 */
final class ReportParameters {

  private ReportParameters() {}

  /** The days a report covers ({@link Period}): at most a year, the last 30 days by default. */
  record Days(
      @Parameter(description = "从（日期，格式 2026-12-01），默认30天前")
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @Parameter(description = "到（含），默认今天") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to) {

    Period period(Clock clock) {
      return Period.of(from, to, clock);
    }
  }

  /** How many of each step's longest waits the report lists. */
  record Top(
      @Parameter(description = "每个步骤列出几条，1到" + AuditReports.MAX_TOP + "，默认5")
          @Min(value = 1, message = "每个步骤列出的条数必须在1到" + AuditReports.MAX_TOP + "之间")
          @Max(
              value = AuditReports.MAX_TOP,
              message = "每个步骤列出的条数必须在1到" + AuditReports.MAX_TOP + "之间")
          Integer top) {

    int count() {
      return top == null ? 5 : top;
    }
  }

  /** Whose reads the read log lists; everyone's when not given. */
  record Reader(
      @Parameter(description = "查阅人（用户名）")
          @Size(max = 64, message = "查阅人长度不能超过{max}个字符")
          @Pattern(regexp = "[A-Za-z0-9._-]*", message = "查阅人只能包含字母、数字、点、下划线和短横线")
          String user) {

    String userId() {
      return user == null || user.isBlank() ? null : user;
    }
  }
}
