package com.gendan.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.Tasklist;
import com.gendan.conduct.ConductReviewProcess.Elements;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Conduct cases walked the way the demo users walk them in Tasklist: the sales manager sunli
 * reports a violation of liuyang (whose own manager she is), reviews it and proposes a fine, the
 * general manager approves it and it is on liuyang's file, mailed to both; the general manager
 * reports a commendation of chenjing that sunli does not confirm, and only he is told. Who may read
 * a file, and a report about someone who is not an assistant, are checked on the way.
 */
class ConductReviewFlowTest extends ProcessFlowTest {

  @Test
  void aConfirmedViolationWithAFineTheGeneralManagerApprovesIsOnTheAssistantsFileAndMailed() {
    Tasklist sunli = Tasklist.login(port, json, DemoUser.SALES_MANAGER);
    String instance =
        started(
            sunli.start(
                ConductReviewProcess.KEY,
                Map.of(
                    "assistant", DemoUser.ASSISTANT_LIU,
                    "conductKind", "violation",
                    "category", "customerComplaint",
                    "facts", "客户C001投诉：交期变更未及时通知，客户停线半天",
                    "occurredOn", LocalDate.now().minusDays(3).toString())));
    String number = numberOf(instance);
    assertThat(number).matches("JC-[0-9]{4}-[0-9]{5}");

    Task review = onlyTask(instance, Elements.REVIEW_CASE);
    assertThat(review.getAssignee()).as("liuyang's own sales manager").isEqualTo("sunli");
    HttpResponse<String> noAmount =
        sunli.submit(
            review.getId(), Map.of("reviewFinding", "confirmed", "proposedDecision", "fine"));
    assertThat(noAmount.statusCode()).isEqualTo(400);
    assertThat(noAmount.body()).contains("罚款金额（元）", "罚款时请填写金额");
    HttpResponse<String> tooMuch =
        sunli.submit(
            review.getId(),
            Map.of(
                "reviewFinding", "confirmed", "proposedDecision", "fine", "fineAmount", "99999"));
    assertThat(tooMuch.statusCode()).isEqualTo(400);
    assertThat(tooMuch.body()).contains("罚款金额（元）", "不超过 5000 元");
    submitted(
        sunli.submit(
            review.getId(),
            Map.of(
                "reviewFinding", "confirmed",
                "proposedDecision", "fine",
                "fineAmount", "200",
                "reviewNote", "经核实客户邮件与通知记录，属实")));

    Task approval = onlyTask(instance, Elements.APPROVE_DECISION);
    Tasklist zhou = Tasklist.login(port, json, DemoUser.GENERAL_MANAGER);
    assertThat(zhou.formVariables(approval.getId()).at("/reviewSummary/value").asText())
        .contains("罚款 200 元");
    submitted(zhou.submit(approval.getId(), Map.of("gmDecision", "approve")));
    engine.runDueJobs(instance);

    JsonNode file =
        engine.get("/api/conduct-records?assistant=" + DemoUser.ASSISTANT_LIU, "liuyang");
    JsonNode recorded = caseIn(file, number);
    assertThat(recorded.get("status").asText()).isEqualTo("RECORDED");
    assertThat(recorded.get("proposedDecisionLabel").asText()).isEqualTo("罚款");
    assertThat(recorded.get("fineAmount").decimalValue()).isEqualByComparingTo("200");
    assertThat(recorded.get("fineCurrency").asText()).isEqualTo("CNY");
    assertThat(recorded.get("reviewedBy").asText()).isEqualTo("sunli");
    assertThat(recorded.get("gmDecidedBy").asText()).isEqualTo("zhougang");
    assertThat(engine.get("/api/conduct-records/" + number, DemoUser.AUDITOR).get("id").asLong())
        .isEqualTo(recorded.get("id").asLong());
    assertThat(
            engine
                .get("/api/conduct-records/" + number, DemoUser.SALES_MANAGER)
                .get("caseNumber")
                .asText())
        .isEqualTo(number);

    assertThat(
            web.get("/api/conduct-records?assistant=liuyang", DemoUser.ASSISTANT_CHEN).statusCode())
        .as("another assistant")
        .isEqualTo(403);
    assertThat(web.get("/api/conduct-records?assistant=liuyang", DemoUser.REP_WANG).statusCode())
        .isEqualTo(403);
    assertThat(web.get("/api/conduct-records/" + number, DemoUser.ASSISTANT_CHEN).statusCode())
        .isEqualTo(404);
    assertThat(web.get("/api/conduct-records/" + number, DemoUser.FINANCE).statusCode())
        .isEqualTo(404);

    for (String to : new String[] {"liuyang@gendan.local", "sunli@gendan.local"}) {
      assertThat(ReceivedMails.awaitAbout(greenMail, to, "从业行为记录 " + number))
          .as("mail to " + to)
          .hasSize(1);
    }
  }

  @Test
  void aCommendationNotConfirmedIsClosedAndOnlyTheReporterIsTold() {
    Tasklist zhou = Tasklist.login(port, json, DemoUser.GENERAL_MANAGER);
    String instance =
        started(
            zhou.start(
                ConductReviewProcess.KEY,
                Map.of(
                    "assistant", DemoUser.ASSISTANT_CHEN,
                    "conductKind", "commendation",
                    "category", "fullAttendance",
                    "facts", "全年考勤全到",
                    "occurredOn", LocalDate.now().minusDays(1).toString())));
    String number = numberOf(instance);
    Task review = onlyTask(instance, Elements.REVIEW_CASE);
    assertThat(review.getAssignee()).as("chenjing's own sales manager").isEqualTo("sunli");
    Tasklist sunli = Tasklist.login(port, json, DemoUser.SALES_MANAGER);
    HttpResponse<String> noNote =
        sunli.submit(review.getId(), Map.of("reviewFinding", "notConfirmed"));
    assertThat(noNote.statusCode()).isEqualTo(400);
    assertThat(noNote.body()).contains("审查意见", "查无实据时请写明审查情况");
    submitted(
        sunli.submit(
            review.getId(), Map.of("reviewFinding", "notConfirmed", "reviewNote", "考勤记录有两次缺勤")));
    engine.runDueJobs(instance);

    assertThat(task(instance)).isNull();
    JsonNode closed = engine.get("/api/conduct-records/" + number, DemoUser.GENERAL_MANAGER);
    assertThat(closed.get("status").asText()).isEqualTo("NOT_CONFIRMED");
    assertThat(closed.get("reviewNote").asText()).isEqualTo("考勤记录有两次缺勤");
    assertThat(closed.get("proposedDecision").isNull()).isTrue();
    assertThat(web.get("/api/conduct-records/" + number, DemoUser.ASSISTANT_CHEN).statusCode())
        .as("not on her file")
        .isEqualTo(404);
    assertThat(ReceivedMails.awaitAbout(greenMail, "zhougang@gendan.local", "从业行为报告 " + number))
        .hasSize(1);
    assertThat(ReceivedMails.about(greenMail, "chenjing@gendan.local", number)).isEmpty();
  }

  @Test
  void aReportAboutSomeoneWhoIsNotAnAssistantIsRefusedNamingTheFieldsAndSavesNothing() {
    Integer before = jdbc.queryForObject("select count(*) from conduct_case", Integer.class);
    HttpResponse<String> refused =
        Tasklist.login(port, json, DemoUser.SALES_MANAGER)
            .start(
                ConductReviewProcess.KEY,
                Map.of(
                    "assistant", DemoUser.REP_WANG,
                    "conductKind", "violation",
                    "category", "fullAttendance",
                    "facts", "…",
                    "occurredOn", LocalDate.now().plusDays(2).toString()));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("业助用户名", "不是业助", "情形", "不是违规的情形", "发生日期", "之间");
    assertThat(jdbc.queryForObject("select count(*) from conduct_case", Integer.class))
        .isEqualTo(before);
  }

  private String started(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return engine.read(response.body()).get("id").asText();
  }

  private static void submitted(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private String numberOf(String instance) {
    return jdbc.queryForObject(
        "select case_number from conduct_case where process_instance_id = ?",
        String.class,
        instance);
  }

  private static JsonNode caseIn(JsonNode list, String number) {
    for (JsonNode item : list) {
      if (number.equals(item.get("caseNumber").asText())) {
        return item;
      }
    }
    throw new AssertionError(number + " not in " + list);
  }
}
