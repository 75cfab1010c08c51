package com.gendan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.security.EngineRestCall.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The engine REST paths the guard tells apart, spelled any way Jersey still matches. */
class EngineRestCallTest {

  @ParameterizedTest
  @CsvSource({
    "POST, /engine-rest/task/t1/complete, TASK_FORM, t1",
    "POST, /engine-rest/task/t1/submit-form, TASK_FORM, t1",
    "POST, /engine-rest/task/t1/resolve/, TASK_FORM, t1",
    "POST, /engine-rest//task/t1/complete, TASK_FORM, t1",
    "POST, /engine-rest/task/t1/%63omplete, TASK_FORM, t1",
    "POST, /engine-rest/task/t1;x=y/complete, TASK_FORM, t1",
    "POST, /engine-rest/engine/default/task/t1/complete, TASK_FORM, t1",
    "POST, /camunda/api/engine/engine/default/task/t1/submit-form, TASK_FORM, t1",
    "POST, /engine-rest/process-definition/key/salesOrder/start, START_BY_KEY, salesOrder",
    "POST, /engine-rest/process-definition/key/salesOrder/submit-form, START_BY_KEY, salesOrder",
    "POST, /engine-rest/process-definition/key/salesOrder/tenant-id/t/start, START_BY_KEY, "
        + "salesOrder",
    "POST, /camunda/api/engine/engine/default/process-definition/d1/submit-form, START_BY_ID, d1",
    "POST, /engine-rest/process-definition/d1/start, START_BY_ID, d1",
    "PUT, /engine-rest/task/t1/variables/orderId, VARIABLE_WRITE,",
    "POST, /engine-rest/task/t1/localVariables, VARIABLE_WRITE,",
    "DELETE, /engine-rest/task/t1/variables/orderId, VARIABLE_WRITE,",
    "POST, /engine-rest/task/t1/variables/file/data, VARIABLE_WRITE,",
    "POST, /engine-rest/task/t1/bpmnError, VARIABLE_WRITE,",
    "POST, /engine-rest/task/t1/bpmnEscalation, VARIABLE_WRITE,",
    "POST, /engine-rest/process-instance/p1/variables, VARIABLE_WRITE,",
    "PUT, /engine-rest/process-instance/p1/variables/fulfilled, VARIABLE_WRITE,",
    "POST, /engine-rest/process-instance/p1/modification, VARIABLE_WRITE,",
    "POST, /engine-rest/process-instance/variables-async, VARIABLE_WRITE,",
    "POST, /engine-rest/process-instance/message-async, VARIABLE_WRITE,",
    "PUT, /engine-rest/execution/e1/localVariables/x, VARIABLE_WRITE,",
    "POST, /engine-rest/execution/e1/signal, VARIABLE_WRITE,",
    "POST, /engine-rest/execution/e1/messageSubscriptions/m/trigger, VARIABLE_WRITE,",
    "POST, /engine-rest/message, VARIABLE_WRITE,",
    "POST, /engine-rest/signal, VARIABLE_WRITE,",
    "POST, /engine-rest/condition, VARIABLE_WRITE,",
    "POST, /engine-rest/process-definition/d1/restart, VARIABLE_WRITE,",
    "GET, /engine-rest/task/t1/variables, OTHER,",
    "GET, /engine-rest/task/t1/form-variables, OTHER,",
    "POST, /engine-rest/task/t1/claim, TASK_ACTION, t1",
    "POST, /engine-rest/task/t1/comment/create, TASK_ACTION, t1",
    "POST, /engine-rest/task, OTHER,",
    "POST, /engine-rest/process-instance/delete, OPERATION,",
    "POST, /engine-rest/job/j1/execute, OPERATION,",
    "PUT, /engine-rest/job-definition/d1/suspended, OPERATION,",
    "POST, /engine-rest/external-task/fetchAndLock, OPERATION,",
    "DELETE, /engine-rest/batch/b1, OPERATION,",
    "POST, /engine-rest/history/cleanup, OPERATION,",
    "POST, /engine-rest/history/task/count, OTHER,",
    "POST, /engine-rest/filter/f1/list, OTHER,",
    // a new deployment is the engine's to allow (process owners) and the model conventions' to
    // check
    "POST, /engine-rest/deployment/create, OTHER,",
    "POST, /engine-rest/deployment/d1/redeploy, OPERATION,",
    "DELETE, /engine-rest/deployment/d1, OPERATION,",
    "POST, /engine-rest/migration/generate, OPERATION,",
    "POST, /engine-rest/migration/execute, OPERATION,",
    "POST, /camunda/api/admin/auth/user/default/login/tasklist, OTHER,"
  })
  void tellsWhatARequestDoes(String method, String path, Kind kind, String id) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    String root = path.startsWith("/camunda") ? "/camunda/api/engine" : "/engine-rest";

    EngineRestCall call = EngineRestCall.of(request, root);

    assertThat(call.kind()).isEqualTo(kind);
    if (kind != Kind.VARIABLE_WRITE && kind != Kind.OTHER) {
      assertThat(call.id()).isEqualTo(id);
    }
  }
}
