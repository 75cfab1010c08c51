package com.gendan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ProblemDetail;

class ApiExceptionHandlerTest {

  private final ApiExceptionHandler handler = new ApiExceptionHandler(new ObjectMapper());

  @Test
  void aConstraintViolationThatSlipsPastValidationIsNotBlamedOnSomeoneElse() {
    ProblemDetail problem =
        handler.constraintViolated(
            new DataIntegrityViolationException("CHECK constraint ck_sales_order_line_price"));

    assertThat(problem.getStatus()).isEqualTo(409);
    assertThat(problem.getDetail()).doesNotContain("他人修改").contains("未保存任何修改");
  }

  @Test
  void anOptimisticLockConflictIsSomeoneElsesChange() {
    ProblemDetail problem =
        handler.concurrentChange(
            new OptimisticLockingFailureException("row was updated by another transaction"));

    assertThat(problem.getStatus()).isEqualTo(409);
    assertThat(problem.getDetail()).contains("他人修改");
  }
}
