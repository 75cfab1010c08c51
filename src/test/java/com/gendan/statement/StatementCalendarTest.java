package com.gendan.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.GendanSpringBootTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statement calendar with the engine's clock set to each day (no waiting): one run per customer
 * and month on its statement day, none twice, a changed statement day from next month on, and a
 * statement day missed while Gendan was down caught up, cut at the day it was due.
 */
@GendanSpringBootTest
class StatementCalendarTest {

  @Autowired StatementCalendar calendar;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** The calendar's run on the day, at 00:05 in Shanghai as its timer fires. */
  private List<String> on(String day) {
    ClockUtil.setCurrentTime(
        Date.from(
            LocalDate.parse(day).atTime(0, 5).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    return calendar.startDue();
  }

  /** The day the run of the business key cuts its statement. */
  private Object statementDateOf(String businessKey) {
    ProcessInstance run =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .singleResult();
    return runtimeService.getVariable(
        run.getId(), MonthlyStatementProcess.Variables.STATEMENT_DATE.name());
  }

  private String code(long customerId) {
    return jdbc.sql("SELECT code FROM customer WHERE id = :id")
        .param("id", customerId)
        .query(String.class)
        .single();
  }

  @Test
  void eachCustomerOnceAMonthOnItsDayAChangedDayFromNextMonthOn() {
    long customer = new StatementFixtures(jdbc).customer("CNY", 10, false);
    String code = code(customer);

    assertThat(on("2027-03-09")).doesNotContain(code + ":2027-03");
    assertThat(on("2027-03-10")).contains(code + ":2027-03");
    assertThat(on("2027-03-10")).as("not twice").doesNotContain(code + ":2027-03");
    assertThat(on("2027-03-11")).doesNotContain(code + ":2027-03");

    jdbc.sql("UPDATE customer SET statement_day = 5 WHERE id = :id").param("id", customer).update();
    assertThat(on("2027-04-05"))
        .as("April was planned on the 10th")
        .doesNotContain(code + ":2027-04");
    assertThat(on("2027-04-10")).contains(code + ":2027-04");
    assertThat(on("2027-05-05")).as("the new day from May on").contains(code + ":2027-05");

    List<ProcessInstance> runs =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(MonthlyStatementProcess.KEY)
            .processInstanceBusinessKeyLike(code + ":%")
            .list();
    assertThat(runs)
        .extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder(code + ":2027-03", code + ":2027-04", code + ":2027-05");
    assertThat(statementDateOf(code + ":2027-05")).isEqualTo("2027-05-05");
  }

  @Test
  void aStatementDayMissedWhileDownIsCaughtUpCutAtTheDayItWasDue() {
    long customer = new StatementFixtures(jdbc).customer("CNY", 12, false);
    String code = code(customer);
    assertThat(on("2027-06-11")).doesNotContain(code + ":2027-06");

    assertThat(on("2027-06-14")).contains(code + ":2027-06");

    assertThat(statementDateOf(code + ":2027-06")).isEqualTo("2027-06-12");
  }

  @Test
  void aNewCustomerWhoseDayHasPassedThisMonthStartsNextMonth() {
    long customer = new StatementFixtures(jdbc).customer("CNY", 3, false);
    String code = code(customer);

    assertThat(on("2027-08-20")).doesNotContain(code + ":2027-08");
    assertThat(on("2027-09-03")).contains(code + ":2027-09");
  }
}
