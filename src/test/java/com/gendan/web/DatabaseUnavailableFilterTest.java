package com.gendan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.io.EOFException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which failures mean "the database cannot be reached", and the 503 they are answered with. */
class DatabaseUnavailableFilterTest {

  private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
  private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(json);

  @Test
  void aPoolWithoutConnectionsARestartingServerOrABrokenConnectionIsAnOutage() {
    assertThat(
            outage(
                new CannotCreateTransactionException(
                    "no connection",
                    new SQLTransientConnectionException("timed out after 2000ms"))))
        .isTrue();
    assertThat(
            outage(
                new IllegalStateException(
                    new SQLException(
                        "terminating connection due to administrator command", "57P01"))))
        .isTrue();
    assertThat(
            outage(new SQLException("An I/O error occurred while sending to the backend", "08006")))
        .isTrue();
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertThat(
            outage(
                new DataIntegrityViolationException(
                    "duplicate", new SQLException("duplicate key value", "23505"))))
        .isFalse();
    assertThat(outage(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void anOutageIsAnswered503WithAProblemBody() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(
        new MockHttpServletRequest("GET", "/api/quotes/1"),
        response,
        failing(
            new ServletException(
                new CannotCreateTransactionException(
                    "no connection", new SQLTransientConnectionException("timed out")))));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("10");
    assertThat(response.getContentType()).startsWith("application/problem+json");
    JsonNode problem = json.readTree(response.getContentAsByteArray());
    assertThat(problem.get("status").asInt()).isEqualTo(503);
    assertThat(problem.get("detail").asText()).isEqualTo("数据库暂时无法连接，请稍后重试");
    assertThat(problem.get("instance").asText()).isEqualTo("/api/quotes/1");
  }

  @Test
  void theLengthAnnouncedForWhatFailedIsNotTheProblemBodys() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(
        new MockHttpServletRequest("GET", "/engine-rest/task"),
        response,
        (request, failed) -> {
          failed.setContentLength(12);
          throw new ServletException(
              new CannotCreateTransactionException(
                  "no connection", new SQLTransientConnectionException("timed out")));
        });

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentLengthLong()).isNotEqualTo(12);
    assertThat(json.readTree(response.getContentAsByteArray()).get("instance").asText())
        .isEqualTo("/engine-rest/task");
  }

  @Test
  void anyOtherFailureGoesOnAsItWas() {
    IllegalStateException bug = new IllegalStateException("bug");
    assertThatThrownBy(
            () ->
                filter.doFilter(
                    new MockHttpServletRequest("GET", "/api/quotes/1"),
                    new MockHttpServletResponse(),
                    failing(bug)))
        .isSameAs(bug);
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

  /**
   * A request whose login was remembered meets the outage inside Spring MVC. PostgreSQL's driver
   * reports a connection cut off with an EOFException, which Spring MVC alone would take for a
   * client that went away (200, no body).
   */
  @Test
  void anOutageMetInsideSpringMvcIsA503NotAClientThatWentAway() throws Exception {
    RuntimeException cutOff =
        new CannotCreateTransactionException(
            "Could not open JPA EntityManager",
            new SQLTransientConnectionException(
                "Connection is not available",
                new SQLException("The connection attempt failed.", "08001", new EOFException())));
    MockMvc mvc =
        MockMvcBuilders.standaloneSetup(new Failing(cutOff))
            .setControllerAdvice(new ApiExceptionHandler(json))
            .build();

    MockHttpServletResponse response = mvc.perform(get("/api/quotes/1")).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("10");
    assertThat(json.readTree(response.getContentAsByteArray()).get("detail").asText())
        .isEqualTo("数据库暂时无法连接，请稍后重试");
  }

  @RestController
  static class Failing {

    private final RuntimeException failure;

    Failing(RuntimeException failure) {
      this.failure = failure;
    }

    @GetMapping("/api/quotes/1")
    String quote() {
      throw failure;
    }
  }
}
