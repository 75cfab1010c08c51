package com.gendan.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.identity.DemoUser;
import java.net.http.HttpResponse;
import java.time.YearMonth;
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
