package com.gendan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for tests that call Gendan the way a browser or a script would: no redirects
 * followed, cookies kept per instance, HTTP Basic when asked.
 */
public final class WebClient {

  public static final String DEMO_PASSWORD = "Gendan#2026";

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public WebClient(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  public HttpResponse<String> get(String path, String user) {
    return send(request(path).header("Authorization", basic(user)).GET().build());
  }

  public HttpResponse<byte[]> getBytes(String path, String user) {
    try {
      return http.send(
          request(path).header("Authorization", basic(user)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> getWithHeader(String path, String header, String value) {
    return send(request(path).header(header, value).GET().build());
  }

  public HttpResponse<String> postJson(String path, String user, String json) {
    return postJsonAs(path, user, DEMO_PASSWORD, json);
  }

  public HttpResponse<String> postJsonAs(String path, String user, String password, String json) {
    return send(
        request(path)
            .header("Authorization", basic(user, password))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** POSTs a file's bytes as the body, with its content type, as {@code user} with HTTP Basic. */
  public HttpResponse<String> postBytes(
      String path, String user, String contentType, byte[] content) {
    return send(
        request(path)
            .header("Authorization", basic(user))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build());
  }

  /** Any method with an optional JSON body, as {@code user} with HTTP Basic. */
  public HttpResponse<String> send(String method, String path, String user, String json) {
    return send(
        request(path)
            .header("Authorization", basic(user))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** POSTs JSON with the session this client holds (a webapp login) and extra headers. */
  public HttpResponse<String> postJson(String path, String json, Map<String, String> headers) {
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(builder::header);
    return send(builder.build());
  }

  public HttpResponse<String> postForm(
      String path, Map<String, String> form, Map<String, String> headers) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(builder::header);
    return send(builder.build());
  }

  /**
   * POSTs {@code multipart/form-data} as {@code user} with HTTP Basic, as a browser's FormData
   * sends it (what Camunda Modeler's deployment does): the text fields, then each file as a part
   * named by its file name.
   */
  public HttpResponse<String> postMultipart(
      String path, String user, Map<String, String> fields, Map<String, byte[]> files) {
    String boundary = boundary();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> field(body, boundary, name, value));
    files.forEach(
        (name, content) -> file(body, boundary, name, name, "application/octet-stream", content));
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Authorization", basic(user))
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  /**
   * POSTs an HTML form's {@code multipart/form-data} with this client's cookies (the session a
   * Tasklist login made), as the browser submits a page's upload form: the text fields, then the
   * file in the part {@code fileField}.
   */
  public HttpResponse<String> postFormWithFile(
      String path,
      Map<String, String> fields,
      String fileField,
      String fileName,
      String contentType,
      byte[] content) {
    String boundary = boundary();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> field(body, boundary, name, value));
    file(body, boundary, fileField, fileName, contentType, content);
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  private static String boundary() {
    return "----GendanTestBoundary" + Long.toHexString(System.nanoTime());
  }

  private static void field(
      ByteArrayOutputStream body, String boundary, String name, String value) {
    body.writeBytes(
        ("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                .formatted(boundary, name, value))
            .getBytes(StandardCharsets.UTF_8));
  }

  private static void file(
      ByteArrayOutputStream body,
      String boundary,
      String name,
      String fileName,
      String contentType,
      byte[] content) {
    body.writeBytes(
        ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                + "Content-Type: %s\r\n\r\n")
            .formatted(boundary, name, fileName, contentType)
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(c -> c.getValue())
        .findFirst()
        .orElse(null);
  }

  public static String basic(String user) {
    return basic(user, DEMO_PASSWORD);
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
