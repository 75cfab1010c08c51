package com.gendan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.GendanSpringBootTest;
import com.gendan.WebClient;
import com.gendan.identity.DemoUser;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A body over gendan.http.max-request-body (1 MB) is answered 413 before it is read, on Gendan's
 * API and on both doors of the engine REST API, whether it states its length or comes in chunks; a
 * chunked body under the limit still reaches the API.
 */
@GendanSpringBootTest
class RequestBodyLimitTest {

  /** Over the limit, under Tomcat's 2 MB swallow size, so the client reads the answer. */
  private static final byte[] TOO_LARGE =
      ("{\"note\": \"" + "x".repeat(1_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/orders",
        "/engine-rest/process-definition/key/salesOrder/submit-form",
        "/camunda/api/engine/engine/default/process-definition/key/salesOrder/submit-form"
      })
  void aBodyOverTheLimitIsRefusedWith413(String path) throws Exception {
    long orders = orders();

    HttpResponse<String> stated = post(path, HttpRequest.BodyPublishers.ofByteArray(TOO_LARGE));
    HttpResponse<String> chunked =
        post(
            path,
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(TOO_LARGE)));

    for (HttpResponse<String> response : List.of(stated, chunked)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(response.body()).contains("请求内容过大", "1024 KB");
    }
    assertThat(orders()).isEqualTo(orders);
  }

  @Test
  void aChunkedBodyUnderTheLimitIsRead() throws Exception {
    byte[] body = "{\"channel\": \"FAX\"}".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response =
        post(
            "/api/orders",
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("customerId", "customerPo");
  }

  private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", WebClient.basic(DemoUser.ASSISTANT_LIU))
            .header("Content-Type", "application/json")
            .POST(body)
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private long orders() {
    return jdbc.queryForObject("select count(*) from sales_order", Long.class);
  }
}
