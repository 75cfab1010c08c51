package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.close.MonthlyCloseProcess;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.identity.DemoUser;
import com.gendan.scope.CustomerScope;
import com.gendan.statement.StatementFixtures;
import com.gendan.statement.StatementFixtures.Order;
import com.microsoft.playwright.Page;
import java.time.YearMonth;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's monthly close in a real browser: last month of the demo customer C001 (a consignment
 * customer that consumed its product from its store) is closed, and the usage statement's safety
 * stock is confirmed in Tasklist by the departments it is sent to — zhengwei (production) accepts
 * the proposal, heping (warehouse) changes it for line 1.
 */
class MonthlyCloseBrowserIT extends TasklistWalk {

  @Autowired JdbcClient jdbcClient;
  @Autowired CustomerDirectory customers;

  @Test
  void productionAndTheWarehouseConfirmTheSafetyStockInTasklist() throws Exception {
    CustomerView c001 = customers.findByCode("C001").orElseThrow();
    YearMonth month = YearMonth.from(today).minusMonths(1);
    StatementFixtures fixtures = new StatementFixtures(jdbcClient);
    Order order = fixtures.order(c001.id(), "CNY", "0.5");
    fixtures.shipment(order, 1, month.minusMonths(1).atDay(5).toString(), "SHIPPED", "500");
    fixtures.consumption(order, 1, "100", month.minusMonths(1).atDay(20).toString());
    fixtures.consumption(order, 1, "140", month.atDay(20).toString());
    runtimeService
        .createProcessInstanceByKey(MonthlyCloseProcess.KEY)
        .setVariable(CustomerScope.CUSTOMER_ID, c001.id())
        .setVariable(MonthlyCloseProcess.Variables.CLOSE_MONTH.name(), month.toString())
        .execute();
    HistoricProcessInstance close =
        historyService
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(MonthlyCloseProcess.KEY)
            .processInstanceBusinessKey("C001-" + month)
            .singleResult();
    engine.runDueJobs(close.getId());

    try (Browser browser = new Browser(port)) {
      // 1. zhengwei (production) accepts the proposal
      Page production = tasklist(browser, DemoUser.PRODUCTION);
      Browser.openTask(production, GROUP_TASKS, "确认安全库存（生产）", c001.chineseName());
      assertThat(Browser.field(production, "月份").inputValue()).isEqualTo(month.toString());
      assertThat(Browser.field(production, "月使用量统计与建议安全库存").inputValue())
          .contains("EC-R0603-103", "寄售消耗 140", "建议安全库存");
      Browser.choose(production, "全部接受建议");
      Browser.assertChinese(production);
      Browser.screenshot(production, "close-safety-stock-production");
      Browser.complete(production);

      // 2. heping (warehouse) changes line 1
      Page warehouse = tasklist(browser, DemoUser.WAREHOUSE);
      Browser.openTask(warehouse, GROUP_TASKS, "确认安全库存（仓储）", c001.chineseName());
      Browser.choose(warehouse, "修改部分产品");
      Browser.type(warehouse, "修改的安全库存", "1 300");
      Browser.assertChinese(warehouse);
      Browser.screenshot(warehouse, "close-safety-stock-warehouse");
      Browser.complete(warehouse);
    }

    assertThat(ended(close)).isTrue();
    JsonNode usage =
        json.readTree(
            web.get("/api/usage-statements?customer=C001&month=" + month, DemoUser.SALES_MANAGER)
                .body());
    JsonNode line = usage.at("/items/0/lines/0");
    assertThat(usage.at("/items/0/closeStatus").asText()).isEqualTo("CLOSED");
    assertThat(line.get("productionQuantity").decimalValue())
        .isEqualByComparingTo(line.get("proposedSafetyStock").decimalValue());
    assertThat(line.get("productionBy").asText()).isEqualTo(DemoUser.PRODUCTION);
    assertThat(line.get("warehouseQuantity").decimalValue()).isEqualByComparingTo("300");
    assertThat(line.get("warehouseBy").asText()).isEqualTo(DemoUser.WAREHOUSE);
  }
}
