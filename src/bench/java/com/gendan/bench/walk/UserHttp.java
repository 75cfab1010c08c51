package com.gendan.bench.walk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * A user's HTTP calls to Gendan (HTTP Basic, JSON), on one connection pool per client: the test
 * suite's {@link WebClient} with JSON and status checks.
 */
public final class UserHttp {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebClient web;

  public UserHttp(int port) {
    this.web = new WebClient(port);
  }

  /** GET as the user; anything but 200 is an error naming the answer. */
  public JsonNode get(String path, String user) {
    return read(checked(web.get(path, user), 200, "GET " + path + " as " + user));
  }

  /**
   * POST of a JSON body (a map, or null for none) as the user, expecting {@code expectedStatus}.
   */
  public JsonNode post(String path, String user, Object body, int expectedStatus) {
    HttpResponse<String> response = web.send("POST", path, user, body == null ? null : write(body));
    return read(checked(response, expectedStatus, "POST " + path + " as " + user));
  }

  /** The body of a variables request: each value as {@code {"value": v}}. */
  public static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Map.of("variables", variables);
  }

  public static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String checked(HttpResponse<String> response, int expectedStatus, String call) {
    if (response.statusCode() != expectedStatus) {
      throw new IllegalStateException(
          call + " answered " + response.statusCode() + ": " + abbreviated(response.body()));
    }
    return response.body();
  }

  private static JsonNode read(String body) {
    try {
      return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not JSON: " + abbreviated(body), e);
    }
  }

  private static String abbreviated(String text) {
    return text == null || text.length() <= 500 ? text : text.substring(0, 500) + "…";
  }
}
