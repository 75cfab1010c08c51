package com.gendan.model;

import static com.gendan.model.Violation.Kind.GENERATED_ID;
import static com.gendan.model.Violation.Kind.MISSING_DIAGRAM_ELEMENT;
import static com.gendan.model.Violation.Kind.MISSING_EXECUTION_PLATFORM;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The rules BPMN and DMN files share: meaningful ids, full diagram interchange, target platform.
 */
final class XmlModelRules {

  static final String MODELER = "http://camunda.org/schema/modeler/1.0";
  static final String EXECUTION_PLATFORM = "Camunda Platform";
  static final String EXECUTION_PLATFORM_VERSION = "7.24.0";

  static final String GENERATED_ID_MESSAGE = "是建模工具自动生成的 id，请按其含义命名";

  private XmlModelRules() {}

  static List<Violation> generatedIds(Document document, String modelNamespace) {
    return Xml.elements(document)
        .filter(e -> modelNamespace.equals(e.getNamespaceURI()))
        .filter(e -> Xml.attribute(e, "id").filter(GeneratedIds::isGeneratedId).isPresent())
        .map(e -> Violation.at(GENERATED_ID, e, GENERATED_ID_MESSAGE))
        .toList();
  }

  /**
   * Elements of the given kinds that no diagram element of {@code diagramElementName} refers to
   * through {@code referenceAttribute} (BPMNShape/bpmnElement, DMNEdge/dmnElementRef, ...).
   */
  static List<Violation> undrawn(
      Document document,
      String modelNamespace,
      Set<String> kinds,
      String diagramElementName,
      String referenceAttribute) {
    Set<String> drawn =
        Xml.elements(document)
            .filter(e -> diagramElementName.equals(e.getLocalName()))
            .flatMap(e -> Xml.attribute(e, referenceAttribute).stream())
            .collect(Collectors.toSet());
    return Xml.elements(document, modelNamespace, kinds)
        .filter(e -> !drawn.contains(e.getAttribute("id")))
        .map(
            e ->
                Violation.at(
                    MISSING_DIAGRAM_ELEMENT,
                    e,
                    "没有图形（" + diagramElementName + "），Cockpit 和 Modeler 无法画出它"))
        .toList();
  }

  /** What a model that targets another platform is told, for BPMN, DMN and forms alike. */
  static String executionPlatformMessage(String prefix, String platform, String version) {
    return prefix
        + "executionPlatform 必须是 \""
        + EXECUTION_PLATFORM
        + "\"，"
        + prefix
        + "executionPlatformVersion 必须是 \""
        + EXECUTION_PLATFORM_VERSION
        + "\"，实际为 "
        + platform
        + " "
        + version;
  }

  static List<Violation> executionPlatform(Document document) {
    Element definitions = document.getDocumentElement();
    Optional<String> platform = Xml.attribute(definitions, MODELER, "executionPlatform");
    Optional<String> version = Xml.attribute(definitions, MODELER, "executionPlatformVersion");
    if (platform.equals(Optional.of(EXECUTION_PLATFORM))
        && version.equals(Optional.of(EXECUTION_PLATFORM_VERSION))) {
      return List.of();
    }
    return List.of(
        Violation.at(
            MISSING_EXECUTION_PLATFORM,
            definitions,
            executionPlatformMessage("modeler:", platform.orElse("无"), version.orElse("无"))));
  }
}
