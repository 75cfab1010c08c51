package com.gendan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Calls Gendan's API over HTTP as a demo user (HTTP Basic) and checks problem bodies. Bodies are
 * sent as given: a String is sent verbatim (for malformed JSON), anything else as JSON.
 */
public final class ApiTestClient {

  public static final String DEMO_PASSWORD = "Gendan#2026";

  private final TestRestTemplate rest;

  public ApiTestClient(TestRestTemplate rest) {
    this.rest = rest;
  }

  public ResponseEntity<JsonNode> get(String user, String path) {
    return exchange(user, HttpMethod.GET, path, null);
  }

  public ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return exchange(user, HttpMethod.POST, path, body);
  }

  public ResponseEntity<JsonNode> put(String user, String path, Object body) {
    return exchange(user, HttpMethod.PUT, path, body);
  }

  private ResponseEntity<JsonNode> exchange(
      String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    return rest.withBasicAuth(user, DEMO_PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  /** Asserts an RFC 7807 problem with this status; returns its body. */
  public static JsonNode assertProblem(ResponseEntity<JsonNode> response, HttpStatus status) {
    assertThat(response.getStatusCode()).as("status of %s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType())
        .as("content type")
        .matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
    assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
    assertThat(response.getBody().path("title").asText()).isNotBlank();
    return response.getBody();
  }

  /** Asserts a problem with this status whose {@code errors} name {@code field}, in Chinese. */
  public static JsonNode assertFieldProblem(
      ResponseEntity<JsonNode> response, HttpStatus status, String field) {
    JsonNode problem = assertProblem(response, status);
    JsonNode error = null;
    for (JsonNode candidate : problem.path(ApiExceptionHandler.ERRORS)) {
      if (field.equals(candidate.path("field").asText())) {
        error = candidate;
      }
    }
    assertThat(error).as("error for field %s in %s", field, problem).isNotNull();
    assertThat(error.path("message").asText())
        .as("message for %s", field)
        .containsPattern("\\p{IsHan}");
    return problem;
  }
}
