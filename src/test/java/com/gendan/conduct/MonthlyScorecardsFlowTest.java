package com.gendan.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The monthly scorecard mail as the application runs it: on the 1st at 09:30 in Shanghai the
 * engine's timer job starts it and the mail job sends liuyang and her sales manager sunli her
 * scorecard of the month that ended (GreenMail), its workbook the scorecard API's figures.
 */
class MonthlyScorecardsFlowTest extends ProcessFlowTest {

  /** Tuesday 1 December 2026, 09:30 in Shanghai. */
  private static final Instant FIRST = Instant.parse("2026-12-01T01:30:00Z");

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void onTheFirstEachAssistantAndHerManagerGetHerScorecardWithTheWorkbook() throws Exception {
    ClockUtil.setCurrentTime(Date.from(FIRST));
    fireTimerStartAndRunToEnd(MonthlyScorecardsProcess.KEY);

    JsonNode card = engine.get("/api/scorecards?month=2026-11", DemoUser.ASSISTANT_LIU).get(0);
    String subject = card.get("assistantName").asText() + " 2026-11 业助考核";
    MimeMessage toHer =
        ReceivedMails.awaitAbout(greenMail, DemoUser.ASSISTANT_LIU + "@gendan.local", subject)
            .get(0);
    assertThat(
            ReceivedMails.awaitAbout(greenMail, DemoUser.SALES_MANAGER + "@gendan.local", subject))
        .as("her sales manager's copy")
        .isNotEmpty();
    List<ReceivedMails.Leaf> leaves = ReceivedMails.leaves(toHer);
    String html =
        leaves.stream()
            .filter(leaf -> leaf.is("text/html"))
            .map(leaf -> new String(leaf.content(), StandardCharsets.UTF_8))
            .findFirst()
            .orElseThrow();
    assertThat(html)
        .contains("完成任务 " + card.get("tasksCompleted").asInt() + " 项", "截至 2026-11-30 客户逾期应收");

    ReceivedMails.Leaf workbook =
        leaves.stream()
            .filter(leaf -> leaf.is("application/vnd.openxmlformats"))
            .findFirst()
            .orElseThrow();
    assertThat(MimeUtility.decodeText(workbook.fileName()))
        .isEqualTo("业助考核-2026-11-" + card.get("assistantName").asText() + ".xlsx");
    try (ReadableWorkbook read =
        new ReadableWorkbook(new ByteArrayInputStream(workbook.content()))) {
      List<Row> rows = read.getFirstSheet().read();
      assertThat(rows).hasSize(2);
      Row hers = rows.get(1);
      assertThat(hers.getCellText(0)).isEqualTo(card.get("assistantName").asText());
      assertThat(hers.getCellAsNumber(2).orElseThrow().intValue())
          .isEqualTo(card.get("tasksCompleted").asInt());
      assertThat(hers.getCellText(8)).isEqualTo("2026-11-30");
    }
  }
}
