package com.gendan.model;

import static com.gendan.model.Violation.Kind.MISSING_HISTORY_TIME_TO_LIVE;
import static com.gendan.model.Violation.Kind.SCRIPT;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.w3c.dom.Document;

/** The conventions for one DMN file, whatever DMN version its namespace says. */
final class DmnRules {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";

  private static final Set<String> SHAPED =
      Set.of(
          "decision", "inputData", "businessKnowledgeModel", "knowledgeSource", "textAnnotation");

  private static final Set<String> EDGED =
      Set.of(
          "informationRequirement", "knowledgeRequirement", "authorityRequirement", "association");

  private final Document document;
  private final String dmn;

  DmnRules(Document document) {
    this.document = document;
    this.dmn = document.getDocumentElement().getNamespaceURI();
  }

  List<Violation> violations() {
    return Stream.of(
            XmlModelRules.undrawn(document, dmn, SHAPED, "DMNShape", "dmnElementRef"),
            XmlModelRules.undrawn(document, dmn, EDGED, "DMNEdge", "dmnElementRef"),
            XmlModelRules.generatedIds(document, dmn),
            scriptExpressions(),
            decisionsWithoutHistoryTimeToLive(),
            XmlModelRules.executionPlatform(document))
        .flatMap(List::stream)
        .toList();
  }

  private List<Violation> scriptExpressions() {
    return Xml.elements(document)
        .filter(e -> Xml.attribute(e, "expressionLanguage").filter(DmnRules::isScript).isPresent())
        .map(
            e ->
                Violation.at(
                    SCRIPT,
                    e,
                    "expressionLanguage \""
                        + e.getAttribute("expressionLanguage")
                        + "\" 是脚本语言，不允许；请用 FEEL 或 JUEL"))
        .toList();
  }

  private static boolean isScript(String expressionLanguage) {
    String language = expressionLanguage.toLowerCase(Locale.ROOT);
    return !language.contains("feel") && !language.equals("juel");
  }

  private List<Violation> decisionsWithoutHistoryTimeToLive() {
    return Xml.elements(document, dmn, "decision")
        .filter(d -> Xml.attribute(d, CAMUNDA, "historyTimeToLive").isEmpty())
        .map(d -> Violation.at(MISSING_HISTORY_TIME_TO_LIVE, d, BpmnRules.NO_HISTORY_TIME_TO_LIVE))
        .toList();
  }
}
