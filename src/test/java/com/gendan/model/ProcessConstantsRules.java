package com.gendan.model;

import static com.gendan.model.Violation.Kind.UNKNOWN_CONSTANT;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3c.dom.Document;

/**
 * A process constants class against the BPMN of its process: every {@code Elements} constant is an
 * element id there, every {@code Messages} constant a {@code bpmn:message} name, and every {@code
 * Beans} constant a name that one of its expressions uses.
 */
final class ProcessConstantsRules {

  private final ProcessConstants constants;
  private final Path file;
  private final Document document;

  ProcessConstantsRules(ProcessConstants constants, Path file, Document document) {
    this.constants = constants;
    this.file = file;
    this.document = document;
  }

  List<Violation> violations() {
    return Stream.of(
            unknown("Elements", elementIds(), "is the id of no element"),
            unknown("Messages", messageNames(), "is the name of no bpmn:message"),
            unknown("Beans", expressionNames(), "is named in no expression"))
        .flatMap(List::stream)
        .toList();
  }

  private List<Violation> unknown(String group, Set<String> known, String what) {
    return constants.strings(group).entrySet().stream()
        .filter(constant -> !known.contains(constant.getValue()))
        .map(
            constant ->
                new Violation(
                    UNKNOWN_CONSTANT,
                    constants.name() + "." + group + "." + constant.getKey(),
                    "\"" + constant.getValue() + "\" " + what + " in " + file))
        .toList();
  }

  private Set<String> elementIds() {
    return Xml.elements(document)
        .filter(e -> BpmnRules.BPMN.equals(e.getNamespaceURI()))
        .flatMap(e -> Xml.attribute(e, "id").stream())
        .collect(Collectors.toSet());
  }

  private Set<String> messageNames() {
    return Xml.elements(document, BpmnRules.BPMN, "message")
        .flatMap(message -> Xml.attribute(message, "name").stream())
        .collect(Collectors.toSet());
  }

  private Set<String> expressionNames() {
    return Expressions.in(document)
        .flatMap(Expressions.Expression::names)
        .collect(Collectors.toSet());
  }
}
