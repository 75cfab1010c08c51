package com.gendan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A user logged into Camunda Tasklist 7.24, submitting Camunda Forms as its form-js integration
 * does (webapp {@code cam-tasklist-form-camunda}): it loads the form and the task's form variables,
 * and submits every keyed field that is not disabled, read-only ones included, at its value in the
 * form (text fields show a missing value as "" and a number as text), through the webapps' REST API
 * {@code /camunda/api/engine} with the session and its CSRF token.
 */
public final class Tasklist {

  private static final String API = "/camunda/api/engine/engine/default";

  private final WebClient browser;
  private final ObjectMapper json;

  private Tasklist(WebClient browser, ObjectMapper json) {
    this.browser = browser;
    this.json = json;
  }

  public static Tasklist login(int port, ObjectMapper json, String userId) {
    WebClient browser = new WebClient(port);
    browser.get("/camunda/app/tasklist/default/");
    HttpResponse<String> login =
        browser.postForm(
            "/camunda/api/admin/auth/user/default/login/tasklist",
            Map.of("username", userId, "password", WebClient.DEMO_PASSWORD),
            Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // the login starts a new session; its first request hands out the CSRF token
    assertThat(browser.get(API + "/task/count").statusCode()).isEqualTo(200);
    return new Tasklist(browser, json);
  }

  /** Completes the task with its form: {@code input} is what the user typed or chose. */
  public HttpResponse<String> submit(String taskId, Map<String, ?> input) {
    JsonNode form = form(taskId);
    JsonNode variables = formVariables(taskId);
    return post(API + "/task/" + taskId + "/submit-form", payload(form, variables, input));
  }

  /** Starts the latest version of the process with its start form, as 启动流程 does. */
  public HttpResponse<String> start(String processKey, Map<String, ?> input) {
    String definitionId = get(API + "/process-definition/key/" + processKey).get("id").asText();
    JsonNode form = get(API + "/process-definition/" + definitionId + "/deployed-start-form");
    return post(
        API + "/process-definition/" + definitionId + "/submit-form",
        payload(form, json.createObjectNode(), input));
  }

  /** Opens a page of Gendan's in the same browser, as following a link in a form does. */
  public HttpResponse<String> open(String path) {
    return browser.get(path);
  }

  /** Submits a form of one of Gendan's pages with a file, in the same browser. */
  public HttpResponse<String> upload(
      String path,
      Map<String, String> fields,
      String fileName,
      String contentType,
      byte[] content) {
    return browser.postFormWithFile(path, fields, "file", fileName, contentType, content);
  }

  /** The deployed Camunda Form of the task, as Tasklist loads it. */
  public JsonNode form(String taskId) {
    return get(API + "/task/" + taskId + "/deployed-form");
  }

  /** The task's variables, as Tasklist loads them to fill its form. */
  public JsonNode formVariables(String taskId) {
    return get(API + "/task/" + taskId + "/form-variables?deserializeValues=false");
  }

  /** Sends a request body of its own making, as a user would from the browser's console. */
  public HttpResponse<String> send(String path, String body) {
    return browser.postJson(API + path, body, Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
  }

  private HttpResponse<String> post(String path, ObjectNode variables) {
    ObjectNode body = json.createObjectNode();
    body.set("variables", variables);
    return browser.postJson(
        path, body.toString(), Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
  }

  private ObjectNode payload(JsonNode form, JsonNode variables, Map<String, ?> input) {
    ObjectNode payload = json.createObjectNode();
    for (JsonNode field : keyedFields(form.path("components"))) {
      if (field.path("disabled").asBoolean(false)) {
        continue;
      }
      String key = field.get("key").asText();
      JsonNode value =
          input.containsKey(key)
              ? json.valueToTree(input.get(key))
              : shown(field.path("type").asText(), variables.path(key).path("value"));
      payload.set(
          key,
          value.isObject() || value.isArray()
              ? json.createObjectNode().put("type", "Json").put("value", value.toString())
              : json.createObjectNode().set("value", value));
    }
    return payload;
  }

  /** What form-js shows for a variable's value. */
  private static JsonNode shown(String type, JsonNode value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    boolean text = type.equals("textfield") || type.equals("textarea");
    if (value.isMissingNode() || value.isNull()) {
      return text
          ? nodes.textNode("")
          : type.equals("checkbox")
              ? nodes.booleanNode(false)
              : type.equals("checklist") || type.equals("taglist")
                  ? nodes.arrayNode()
                  : nodes.nullNode();
    }
    return text && value.isNumber() ? nodes.textNode(value.asText()) : value;
  }

  private static List<JsonNode> keyedFields(JsonNode components) {
    List<JsonNode> fields = new ArrayList<>();
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        fields.add(component);
      }
      fields.addAll(keyedFields(component.path("components")));
    }
    return fields;
  }

  private JsonNode get(String path) {
    HttpResponse<String> response = browser.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    try {
      return json.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(response.body(), e);
    }
  }
}
