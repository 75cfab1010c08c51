package com.gendan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.ProcessFlowTest;
import com.gendan.identity.DemoUser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The user operation log records what users did, once: a start by an assistant is one row, her
 * start. It was 25 while the customer scope wrote read grants for every instance inside her start
 * command, each logged as six rows of an admin operation of hers.
 */
class OperationLogTest extends ProcessFlowTest {

  @Test
  void aStartThroughTheApiIsLoggedAsTheStartOnly() {
    long before = rows();

    HttpResponse<String> started =
        web.postJson(
            "/api/samples",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "productCode": "EC-R0603-103", "quantity": 2, "unit": "盘",
         "purpose": "试产", "charged": true, "sampleValue": 500, "targetDate": "%s"}"""
                .formatted(customerId, LocalDate.now().plusDays(10)));

    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String instanceId = engine.read(started.body()).get("processInstanceId").asText();
    assertThat(rows() - before).as("rows a start by an assistant left").isOne();
    assertThat(
            jdbc.queryForList(
                "select operation_type_, entity_type_, user_id_"
                    + " from act_hi_op_log where proc_inst_id_ = ?",
                instanceId))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("OPERATION_TYPE_")).isEqualTo("Create");
              assertThat(row.get("ENTITY_TYPE_")).isEqualTo("ProcessInstance");
              assertThat(row.get("USER_ID_")).isEqualTo(DemoUser.ASSISTANT_LIU);
            });
  }

  private long rows() {
    return jdbc.queryForObject("select count(*) from act_hi_op_log", Long.class);
  }
}
