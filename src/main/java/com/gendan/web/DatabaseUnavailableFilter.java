package com.gendan.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with a problem body when a request fails because the database cannot be reached
 * (restarting, network lost, no pooled connection within Hikari's connection timeout), so a client
 * knows to try again. Such failures surface while the login is checked against the Camunda identity
 * in Spring Security, before Spring MVC and its {@link ApiExceptionHandler} could answer, or inside
 * the engine REST API, which hands them on (security.EngineErrorResponses); without this filter
 * they became 500s. It runs just outside Spring Security, so it sees them for the API, the engine
 * REST API and the webapps alike.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 10)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

  /** Seconds a client should wait before it tries again. */
  static final String RETRY_AFTER_SECONDS = "10";

  /** SQLSTATE class 08 is "connection exception". */
  private static final String CONNECTION_EXCEPTION = "08";

  /** PostgreSQL shutting down (admin, crash) or not yet accepting connections. */
  private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

  private final ObjectMapper objectMapper;

  DatabaseUnavailableFilter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      SQLException cause = connectionFailure(e);
      if (cause == null || response.isCommitted()) {
        throw e;
      }
      LOG.warn(
          "Database unavailable, {} {} answered 503: {}",
          request.getMethod(),
          request.getRequestURI(),
          cause.toString());
      response.resetBuffer();
      if (response.containsHeader(HttpHeaders.CONTENT_LENGTH)) {
        // the length announced for what failed (the engine REST API's 500) is not this body's
        response.setContentLengthLong(-1);
      }
      response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
      ApiExceptionHandler.write(
          request, response, ApiExceptionHandler.unavailableProblem(), objectMapper);
    }
  }

  /** The SQL exception in the causes that says the connection failed, or null. */
  public static SQLException connectionFailure(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
      if (t instanceof SQLTransientConnectionException connection) {
        return connection;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION)
              || SERVER_GOING_AWAY.contains(sql.getSQLState()))) {
        return sql;
      }
    }
    return null;
  }
}
