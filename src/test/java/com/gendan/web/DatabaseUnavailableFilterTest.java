package com.gendan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Which failures mean "the database cannot be reached", and the 503 they are answered with. */
class DatabaseUnavailableFilterTest {

  private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
  private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(json);

  @Test
  void aPoolWithoutConnectionsARestartingServerOrABrokenConnectionIsAnOutage() {
    assertThat(outage(new CannotCreateTransactionException(
        "no connection", new SQLTransientConnectionException("timed out after 2000ms"))))
        .isTrue();
    assertThat(outage(new IllegalStateException(
        new SQLException("terminating connection due to administrator command", "57P01"))))
        .isTrue();
    assertThat(outage(
        new SQLException("An I/O error occurred while sending to the backend", "08006")))
        .isTrue();
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertThat(outage(new DataIntegrityViolationException(
        "duplicate", new SQLException("duplicate key value", "23505")))).isFalse();
    assertThat(outage(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void anOutageIsAnswered503WithAProblemBody() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("GET", "/api/quotes/1"), response,
        failing(new ServletException(new CannotCreateTransactionException("no connection",
            new SQLTransientConnectionException("timed out")))));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("10");
    assertThat(response.getContentType()).startsWith("application/problem+json");
    JsonNode problem = json.readTree(response.getContentAsByteArray());
    assertThat(problem.get("status").asInt()).isEqualTo(503);
    assertThat(problem.get("detail").asText()).isEqualTo("数据库暂时无法连接，请稍后重试");
    assertThat(problem.get("instance").asText()).isEqualTo("/api/quotes/1");
  }

  @Test
  void anyOtherFailureGoesOnAsItWas() {
    IllegalStateException bug = new IllegalStateException("bug");
    assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/quotes/1"),
        new MockHttpServletResponse(), failing(bug))).isSameAs(bug);
  }

  private static boolean outage(Throwable failure) {
    return DatabaseUnavailableFilter.connectionFailure(failure) != null;
  }

  private static FilterChain failing(Exception failure) {
    return (request, response) -> {
      if (failure instanceof ServletException servlet) {
        throw servlet;
      }
      throw (RuntimeException) failure;
    };
  }
}
