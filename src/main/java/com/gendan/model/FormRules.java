package com.gendan.model;

import static com.gendan.model.Violation.Kind.GENERATED_ID;
import static com.gendan.model.Violation.Kind.INVALID_MODEL;
import static com.gendan.model.Violation.Kind.MISSING_EXECUTION_PLATFORM;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The conventions for one Camunda Forms (form-js) file. */
final class FormRules {

  private final JsonNode form;

  FormRules(JsonNode form) {
    this.form = form;
  }

  static String formId(JsonNode form) {
    return form.path("id").asText("");
  }

  List<Violation> violations() {
    return Stream.of(missingId(), generatedIds(), generatedKeys(), executionPlatform())
        .flatMap(List::stream)
        .toList();
  }

  private List<Violation> missingId() {
    return formId(form).isBlank()
        ? List.of(new Violation(INVALID_MODEL, "form", "没有 id，camunda:formRef 无法引用它"))
        : List.of();
  }

  private List<Violation> generatedIds() {
    return Stream.concat(Stream.of(form), components(form))
        .filter(node -> GeneratedIds.isGeneratedId(node.path("id").asText("")))
        .map(
            node -> new Violation(GENERATED_ID, describe(node), XmlModelRules.GENERATED_ID_MESSAGE))
        .toList();
  }

  private List<Violation> generatedKeys() {
    return components(form)
        .filter(component -> GeneratedIds.isGeneratedFormKey(component.path("key").asText("")))
        .map(
            component ->
                new Violation(
                    GENERATED_ID,
                    describe(component),
                    "key \"" + component.path("key").asText() + "\" 是自动生成的，请使用变量名"))
        .toList();
  }

  private List<Violation> executionPlatform() {
    String platform = form.path("executionPlatform").asText("无");
    String version = form.path("executionPlatformVersion").asText("无");
    if (platform.equals(XmlModelRules.EXECUTION_PLATFORM)
        && version.equals(XmlModelRules.EXECUTION_PLATFORM_VERSION)) {
      return List.of();
    }
    return List.of(
        new Violation(
            MISSING_EXECUTION_PLATFORM,
            describe(form),
            XmlModelRules.executionPlatformMessage("", platform, version)));
  }

  private static Stream<JsonNode> components(JsonNode parent) {
    return StreamSupport.stream(parent.path("components").spliterator(), false)
        .flatMap(component -> Stream.concat(Stream.of(component), components(component)));
  }

  private String describe(JsonNode node) {
    String kind = node == form ? "form" : node.path("type").asText("component");
    return kind + " '" + node.path("id").asText() + "'";
  }
}
