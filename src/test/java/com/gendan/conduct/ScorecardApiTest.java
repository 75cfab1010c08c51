package com.gendan.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.identity.DemoUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * Who reads which scorecards: every assistant's for the managers and auditors, her own for an
 * assistant, none for anyone else; a month that is not one, or lies ahead, is refused naming it.
 */
class ScorecardApiTest extends ProcessFlowTest {

  @Test
  void managersReadEveryAssistantsScorecardAnAssistantHerOwn() {
    String month = YearMonth.now().toString();
    JsonNode all = engine.get("/api/scorecards?month=" + month, DemoUser.SALES_MANAGER);
    assertThat(all.findValuesAsText("assistant"))
        .contains(DemoUser.ASSISTANT_LIU, DemoUser.ASSISTANT_CHEN);
    assertThat(engine.get("/api/scorecards?month=" + month, DemoUser.AUDITOR).size())
        .isEqualTo(all.size());

    JsonNode own = engine.get("/api/scorecards?month=" + month, DemoUser.ASSISTANT_LIU);
    assertThat(own.findValuesAsText("assistant")).containsExactly(DemoUser.ASSISTANT_LIU);
    assertThat(own.get(0).get("assistantName").asText()).isNotBlank();
    assertThat(own.get(0).get("month").asText()).isEqualTo(month);

    // the workbook: a row per assistant, the same figures as the JSON
    HttpResponse<byte[]> workbook =
        web.getBytes("/api/scorecards.xlsx?month=" + month, DemoUser.SALES_MANAGER);
    assertThat(workbook.statusCode()).isEqualTo(200);
    assertThat(workbook.headers().firstValue("Content-Disposition").orElseThrow())
        .contains(".xlsx");
    try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook.body()))) {
      List<Row> rows = read.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("业助");
      assertThat(rows).hasSize(all.size() + 1);
      for (int i = 0; i < all.size(); i++) {
        assertThat(rows.get(i + 1).getCellText(2))
            .isEqualTo(all.get(i).get("tasksCompleted").asText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(web.get("/api/scorecards.xlsx", DemoUser.REP_WANG).statusCode()).isEqualTo(403);

    assertThat(web.get("/api/scorecards", DemoUser.REP_WANG).statusCode()).isEqualTo(403);
    for (String wrong :
        new String[] {"2026-13", "11-2026", YearMonth.now().plusMonths(1).toString(), "2019-12"}) {
      HttpResponse<String> refused =
          web.get("/api/scorecards?month=" + wrong, DemoUser.SALES_MANAGER);
      assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
      assertThat(refused.body()).contains("month", "月份应为 yyyy-MM");
    }
  }
}
