package com.gendan.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every task form links to the printable page of its document (SPEC 十四), in the one way form-js
 * 7.24 can: a text component whose markdown link fills the document's number in from the task's
 * variables ({@code {{quoteNumber}}}). Start forms have no number yet and no link; the shortage
 * allocation has no document of its own.
 */
class DocumentLinksInFormsTest {

  /** The id of the text component that carries the link. */
  static final String LINK_ID = "Text_DocumentLink";

  /**
   * Forms of tasks that work on no single document, or on one with no printable page: the conduct
   * case is none of the regulation's paper forms (十四), and its forms show all of it; nor is the
   * monthly usage statement, which its form shows whole (and {@code /api/usage-statements} lists),
   * nor a credit-terms change request, whose form shows the old and the new terms.
   */
  private static final Set<String> NO_DOCUMENT =
      Set.of(
          "confirm-allocation",
          "review-conduct-case",
          "approve-conduct-decision",
          "confirm-safety-stock",
          "approve-credit-terms-change");

  /** The variables a link may fill in: the document numbers the processes keep. */
  private static final Set<String> NUMBERS =
      Set.of(
          "quoteNumber",
          "sampleNumber",
          "orderNumber",
          "shipmentNumber",
          "shipmentDocument",
          "requestNumber",
          "complaintNumber",
          "statementNumber",
          "releaseNumber");

  private static final Pattern FORM_REF =
      Pattern.compile("<bpmn:(startEvent|userTask)\\b[^>]*camunda:formRef=\"([^\"]+)\"");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^]]+)]\\(([^)\\s]+)\\)");

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyTaskFormLinksToItsDocumentAndNoStartFormDoes() throws IOException {
    Map<String, String> kinds = formKinds();
    assertThat(kinds).isNotEmpty();
    kinds.forEach(
        (form, kind) -> {
          JsonNode link = linkOf(form);
          if (kind.equals("startEvent") || NO_DOCUMENT.contains(form)) {
            assertThat(link).as("%s (%s) has no document to link to", form, kind).isNull();
            return;
          }
          assertThat(link).as("%s links to its document", form).isNotNull();
          String text = link.get("text").asText();
          Matcher links = MARKDOWN_LINK.matcher(text);
          assertThat(links.find()).as("%s: a markdown link in %s", form, text).isTrue();
          assertThat(links.group(1)).as(form).startsWith("查看/打印 ");
          do {
            assertThat(links.group(2)).as(form).startsWith(DocumentLinks.ROOT + "/");
          } while (links.find());
          Matcher variables = TEMPLATE.matcher(text);
          while (variables.find()) {
            assertThat(variables.group(1)).as("%s fills in a document number", form).isIn(NUMBERS);
          }
          assertThat(link.has("key")).as("%s: a text component submits nothing", form).isFalse();
        });
  }

  @Test
  void theLinkIsFilledInFromTheTasksVariablesAsFormJsDoes() {
    JsonNode variables =
        json.createObjectNode()
            .set("shipmentNumber", json.createObjectNode().put("value", "XS-2026-00007-2"));
    assertThat(
            firstUrl(
                filled(
                    "[查看 {{ shipmentNumber }}](/documents/shipments/{{shipmentNumber}})",
                    variables)))
        .isEqualTo("/documents/shipments/XS-2026-00007-2");
  }

  /** The text with every {@code {{variable}}} replaced by the variable's value, as form-js does. */
  static String filled(String text, JsonNode variables) {
    Matcher template = TEMPLATE.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (template.find()) {
      template.appendReplacement(
          filled,
          Matcher.quoteReplacement(variables.path(template.group(1)).path("value").asText()));
    }
    return template.appendTail(filled).toString();
  }

  /** The address of the text's first markdown link. */
  static String firstUrl(String markdown) {
    Matcher link = MARKDOWN_LINK.matcher(markdown);
    assertThat(link.find()).as("a markdown link in %s", markdown).isTrue();
    return link.group(2);
  }

  /** Each form the models reference, with what references it: startEvent or userTask. */
  private static Map<String, String> formKinds() throws IOException {
    Map<String, String> kinds = new LinkedHashMap<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        Matcher reference = FORM_REF.matcher(Files.readString(model));
        while (reference.find()) {
          kinds.merge(reference.group(2), reference.group(1), (a, b) -> a.equals(b) ? a : a + b);
        }
      }
    }
    return kinds;
  }

  private JsonNode linkOf(String form) {
    try {
      JsonNode schema = json.readTree(Path.of("forms", form + ".form").toFile());
      for (JsonNode component : schema.path("components")) {
        if (LINK_ID.equals(component.path("id").asText())) {
          return component;
        }
      }
      return null;
    } catch (IOException e) {
      throw new IllegalStateException(form, e);
    }
  }
}
