package com.gendan.conduct;

import com.gendan.identity.Role;
import com.gendan.security.CurrentUser;
import com.gendan.security.CurrentUsers;
import com.gendan.time.Months;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assistants' monthly scorecards: every assistant's for the sales managers, the general manager
 * and the auditors; her own for an assistant.
 */
@RestController
@Tag(name = "scorecards", description = "业助月度考核：任务、准时率、处理时长、订单更正、客诉归因")
public class ScorecardController {

  private static final Role[] READERS = {Role.SALES_MANAGER, Role.GENERAL_MANAGER, Role.AUDITOR};

  private final Scorecards scorecards;
  private final CurrentUsers currentUsers;
  private final Clock clock;

  ScorecardController(Scorecards scorecards, CurrentUsers currentUsers, Clock clock) {
    this.scorecards = scorecards;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  @GetMapping("/api/scorecards")
  @Operation(
      summary =
          "The assistants' scorecards of a month (her own for an assistant): tasks completed, on"
              + " time, handling hours per kind of task, orders corrected, complaints attributed")
  List<Scorecard> scorecards(
      @Parameter(description = "月份，如 2026-11；不填为上月") @RequestParam(required = false) String month) {
    YearMonth wanted = month(month);
    CurrentUser user = currentUsers.current();
    if (user.hasRole(Role.ADMIN) || java.util.Arrays.stream(READERS).anyMatch(user::hasRole)) {
      return scorecards.of(wanted);
    }
    user.requireAnyRole("考核仅供业助本人、业务主管、总经理和稽核查看", Role.SALES_ASSISTANT);
    return List.of(scorecards.of(user.userId(), wanted));
  }

  @GetMapping("/api/scorecards.xlsx")
  @Operation(
      summary =
          "The same scorecards as an Excel workbook: one sheet a row per assistant, one per kind of task")
  ResponseEntity<byte[]> workbook(
      @Parameter(description = "月份，如 2026-11；不填为上月") @RequestParam(required = false) String month) {
    List<Scorecard> cards = scorecards(month);
    YearMonth shown = cards.isEmpty() ? month(month) : cards.get(0).month();
    return ScorecardWorkbook.download(cards, shown, clock.getZone());
  }

  /** The month asked for, last month when none: never before 2020, never after this one. */
  private YearMonth month(String text) {
    YearMonth parsed = Months.parse("month", text, clock);
    return parsed == null ? YearMonth.now(clock).minusMonths(1) : parsed;
  }
}
