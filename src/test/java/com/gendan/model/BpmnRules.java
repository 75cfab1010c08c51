package com.gendan.model;

import static com.gendan.model.Violation.Kind.JAVA_CLASS;
import static com.gendan.model.Violation.Kind.MISSING_DUE_DATE;
import static com.gendan.model.Violation.Kind.MISSING_FORM;
import static com.gendan.model.Violation.Kind.MISSING_HISTORY_TIME_TO_LIVE;
import static com.gendan.model.Violation.Kind.SCRIPT;
import static com.gendan.model.Violation.Kind.UNKNOWN_BEAN;
import static com.gendan.model.Violation.Kind.UNKNOWN_FORM;
import static com.gendan.model.Violation.Kind.UNKNOWN_GROUP;

import com.gendan.model.Expressions.Expression;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The conventions for one BPMN file (see CONVENTIONS.md, "Models"). */
final class BpmnRules {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  private static final Set<String> SHAPED =
      Set.of(
          "task",
          "userTask",
          "serviceTask",
          "sendTask",
          "receiveTask",
          "manualTask",
          "businessRuleTask",
          "scriptTask",
          "callActivity",
          "subProcess",
          "transaction",
          "adHocSubProcess",
          "startEvent",
          "endEvent",
          "intermediateCatchEvent",
          "intermediateThrowEvent",
          "boundaryEvent",
          "exclusiveGateway",
          "parallelGateway",
          "inclusiveGateway",
          "eventBasedGateway",
          "complexGateway",
          "participant",
          "lane",
          "dataObjectReference",
          "dataStoreReference",
          "textAnnotation",
          "group");

  private static final Set<String> EDGED =
      Set.of(
          "sequenceFlow",
          "messageFlow",
          "association",
          "dataInputAssociation",
          "dataOutputAssociation");

  private final Document document;
  private final Set<String> formIds;
  private final CodeNames code;

  BpmnRules(Document document, Set<String> formIds, CodeNames code) {
    this.document = document;
    this.formIds = formIds;
    this.code = code;
  }

  static Stream<String> processIds(Document document) {
    return Xml.elements(document, BPMN, "process").flatMap(p -> Xml.attribute(p, "id").stream());
  }

  List<Violation> violations() {
    return Stream.of(
            XmlModelRules.undrawn(document, BPMN, SHAPED, "BPMNShape", "bpmnElement"),
            XmlModelRules.undrawn(document, BPMN, EDGED, "BPMNEdge", "bpmnElement"),
            XmlModelRules.generatedIds(document, BPMN),
            javaClasses(),
            scripts(),
            processesWithoutHistoryTimeToLive(),
            userTasksWithoutForm(),
            formsNotBoundToDeployment(),
            userTasksWithoutDueDate(),
            unknownForms(),
            unknownCandidateGroups(),
            unknownBeans(),
            XmlModelRules.executionPlatform(document))
        .flatMap(List::stream)
        .toList();
  }

  private List<Violation> javaClasses() {
    return Xml.elements(document)
        .flatMap(
            e ->
                javaClass(e).stream()
                    .map(
                        javaClass ->
                            Violation.at(
                                JAVA_CLASS,
                                e,
                                "class "
                                    + javaClass
                                    + "; use a delegate expression naming a Spring bean")))
        .toList();
  }

  /** {@code camunda:class} on BPMN elements, plain {@code class} on camunda:*Listener elements. */
  private static Optional<String> javaClass(Element e) {
    return CAMUNDA.equals(e.getNamespaceURI())
        ? Xml.attribute(e, "class")
        : Xml.attribute(e, CAMUNDA, "class");
  }

  private List<Violation> scripts() {
    return Xml.elements(document)
        .filter(BpmnRules::isScript)
        .map(
            e ->
                Violation.at(SCRIPT, e, "scripts are not allowed; use a delegate or an expression"))
        .toList();
  }

  private static boolean isScript(Element e) {
    boolean bpmn = BPMN.equals(e.getNamespaceURI());
    boolean camunda = CAMUNDA.equals(e.getNamespaceURI());
    return (bpmn && "scriptTask".equals(e.getLocalName()))
        || (camunda && "script".equals(e.getLocalName()))
        || (bpmn && Xml.attribute(e, "language").isPresent())
        || Xml.attribute(e, "scriptFormat").isPresent()
        || Xml.attribute(e, CAMUNDA, "resource").isPresent();
  }

  private List<Violation> processesWithoutHistoryTimeToLive() {
    return Xml.elements(document, BPMN, "process")
        .filter(p -> "true".equals(p.getAttribute("isExecutable")))
        .filter(p -> Xml.attribute(p, CAMUNDA, "historyTimeToLive").isEmpty())
        .map(p -> Violation.at(MISSING_HISTORY_TIME_TO_LIVE, p, "no camunda:historyTimeToLive"))
        .toList();
  }

  private List<Violation> userTasksWithoutForm() {
    return userTasks()
        .filter(t -> Xml.attribute(t, CAMUNDA, "formRef").isEmpty())
        .map(t -> Violation.at(MISSING_FORM, t, "no camunda:formRef"))
        .toList();
  }

  private List<Violation> formsNotBoundToDeployment() {
    return Xml.elements(document)
        .filter(e -> Xml.attribute(e, CAMUNDA, "formRef").isPresent())
        .filter(e -> !"deployment".equals(e.getAttributeNS(CAMUNDA, "formRefBinding")))
        .map(
            e ->
                Violation.at(
                    MISSING_FORM,
                    e,
                    "camunda:formRefBinding must be \"deployment\" so the form is versioned with the process"))
        .toList();
  }

  private List<Violation> userTasksWithoutDueDate() {
    return userTasks()
        .filter(t -> Xml.attribute(t, CAMUNDA, "dueDate").isEmpty())
        .map(t -> Violation.at(MISSING_DUE_DATE, t, "no camunda:dueDate"))
        .toList();
  }

  private List<Violation> unknownForms() {
    return Xml.elements(document)
        .filter(e -> Xml.attribute(e, CAMUNDA, "formRef").isPresent())
        .filter(e -> !formIds.contains(e.getAttributeNS(CAMUNDA, "formRef")))
        .map(
            e ->
                Violation.at(
                    UNKNOWN_FORM,
                    e,
                    "no .form file has the id \"" + e.getAttributeNS(CAMUNDA, "formRef") + "\""))
        .toList();
  }

  private List<Violation> unknownCandidateGroups() {
    return Stream.concat(
            Xml.elements(document, BPMN, "userTask")
                .flatMap(t -> unknownGroups(t, "candidateGroups")),
            Xml.elements(document, BPMN, "process")
                .flatMap(p -> unknownGroups(p, "candidateStarterGroups")))
        .toList();
  }

  private static Stream<Violation> unknownGroups(Element element, String attribute) {
    return Xml.attribute(element, CAMUNDA, attribute).stream()
        .flatMap(groups -> CandidateGroups.unknownIn(groups).stream())
        .map(
            group ->
                Violation.at(
                    UNKNOWN_GROUP,
                    element,
                    "camunda:"
                        + attribute
                        + " \""
                        + group
                        + "\" is neither a Role group id nor an expression"));
  }

  /**
   * A delegate expression must name a Spring bean. Any other expression may also read a variable
   * ({@code ${customerAssistant}}), so only the names whose members it uses are checked: {@code
   * orderDeadlines} in {@code ${orderDeadlines.confirmationDue()}} must be a bean, a variable of
   * the process or one the engine provides.
   */
  private List<Violation> unknownBeans() {
    Set<String> known =
        Stream.of(
                code.beans().stream(),
                CodeNames.ENGINE.stream(),
                processIds(document).flatMap(id -> code.variablesOf(id).stream()))
            .flatMap(names -> names)
            .collect(Collectors.toSet());
    return Expressions.in(document)
        .flatMap(
            expression ->
                expression.isDelegate()
                    ? expression.leadingName().filter(name -> !code.beans().contains(name)).stream()
                        .map(
                            name ->
                                unknownBean(
                                    expression, name, "is not a Spring bean of the application"))
                    : expression
                        .memberOwners()
                        .distinct()
                        .filter(name -> !known.contains(name))
                        .map(
                            name ->
                                unknownBean(
                                    expression,
                                    name,
                                    "is neither a Spring bean of the application nor a variable of the process")))
        .toList();
  }

  private static Violation unknownBean(Expression expression, String name, String what) {
    return Violation.at(
        UNKNOWN_BEAN, expression.element(), expression + ": \"" + name + "\" " + what);
  }

  private Stream<Element> userTasks() {
    return Xml.elements(document, BPMN, "userTask");
  }
}
