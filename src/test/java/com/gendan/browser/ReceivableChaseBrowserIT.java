package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.identity.DemoUser;
import com.gendan.receivable.ReceivableCollectionProcess;
import com.gendan.receivable.ReceivableFixtures;
import com.gendan.statement.StatementExamples;
import com.gendan.statement.StatementService;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The collection ladder's chases in a real browser: an invoice 20 days overdue (issued 50 days ago
 * on 30 days' terms, the clock moved to today and the ladder's due timers run) puts 催收货款 in
 * liuyang's Tasklist and 协助催收货款 in her sales rep wangqiang's; each logs a contact there, liuyang
 * with the date the customer promised to pay, and both land in the invoice's chase log.
 */
class ReceivableChaseBrowserIT extends TasklistWalk {

  private static final String PROMISE_NOTE = "客户财务周经理答应下周付清";
  private static final String HELP_NOTE = "拜访客户采购部，已转告财务尽快安排付款";

  @Autowired JdbcClient jdbcClient;
  @Autowired StatementService statementService;
  @Autowired TransactionTemplate transactions;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void clockAt(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(SHANGHAI).toInstant()));
  }

  @Test
  void theAssistantAndHerRepLogTheirChasesInTasklist() throws Exception {
    LocalDate invoicedOn = today.minusDays(50);
    clockAt(invoicedOn);
    ReceivableFixtures.NewCustomer customer =
        ReceivableFixtures.customer(web, engine, DemoUser.ASSISTANT_LIU, DemoUser.REP_WANG);
    long invoiceId =
        StatementExamples.invoiced(
                jdbcClient, statementService, transactions, customer.id(), invoicedOn)
            .invoiceId();
    String invoiceNumber =
        engine.get("/api/invoices/" + invoiceId, DemoUser.FINANCE).get("invoiceNumber").asText();
    ProcessInstance ladder =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(ReceivableCollectionProcess.KEY)
            .processInstanceBusinessKey(invoiceNumber)
            .singleResult();
    clockAt(today);
    engine.runDueJobs(ladder.getId());
    LocalDate promised = today.plusDays(7);

    try (Browser browser = new Browser(port)) {
      Page assistant = tasklist(browser, DemoUser.ASSISTANT_LIU);
      Browser.openTask(assistant, MY_TASKS, "催收货款", invoiceNumber);
      assertThat(Browser.field(assistant, "应收账款").inputValue())
          .contains(invoiceNumber, "账龄测试客户", "到期日：" + today.minusDays(20));
      Browser.openDocument(assistant, "对帐单", "对帐单").close();
      Browser.select(assistant, "联络方式", "电话");
      Browser.type(assistant, "承诺付款日期", promised.format(Browser.TYPED_DATE));
      Browser.type(assistant, "催收记录", PROMISE_NOTE);
      Browser.assertChinese(assistant);
      Browser.screenshot(assistant, "chase-payment-form");
      Browser.complete(assistant);

      Page rep = tasklist(browser, DemoUser.REP_WANG);
      Browser.openTask(rep, MY_TASKS, "协助催收货款", invoiceNumber);
      Browser.select(rep, "联络方式", "拜访");
      Browser.type(rep, "催收记录", HELP_NOTE);
      Browser.assertChinese(rep);
      Browser.screenshot(rep, "help-chase-payment-form");
      Browser.complete(rep);
    }

    JsonNode chases = engine.get("/api/invoices/" + invoiceId + "/chases", DemoUser.SALES_MANAGER);
    assertThat(chases).hasSize(2);
    assertThat(chases.findValuesAsText("note")).containsExactlyInAnyOrder(PROMISE_NOTE, HELP_NOTE);
    assertThat(chases.toString()).contains(promised.toString(), DemoUser.REP_WANG);
  }
}
