package com.gendan.model;

import static com.gendan.model.Violation.Kind.JAVA_CLASS;
import static com.gendan.model.Violation.Kind.MISSING_DUE_DATE;
import static com.gendan.model.Violation.Kind.MISSING_FORM;
import static com.gendan.model.Violation.Kind.MISSING_HISTORY_TIME_TO_LIVE;
import static com.gendan.model.Violation.Kind.SCRIPT;
import static com.gendan.model.Violation.Kind.UNKNOWN_FORM;
import static com.gendan.model.Violation.Kind.UNKNOWN_GROUP;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The conventions for one BPMN file (see CONVENTIONS.md, "Models") that the file itself shows; the
 * beans its expressions name are checked against the code by the tests.
 */
final class BpmnRules {

  static final String NO_HISTORY_TIME_TO_LIVE = "没有 camunda:historyTimeToLive（历史保留期限）";

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

  /**
   * @param formIds the ids of the forms deployed with the model: with {@code
   *     camunda:formRefBinding="deployment"} a task finds its form only in its own deployment
   */
  BpmnRules(Document document, Set<String> formIds) {
    this.document = document;
    this.formIds = formIds;
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
                                "使用了 Java 类 "
                                    + javaClass
                                    + "，不允许；请改用指向 Spring bean 的 camunda:delegateExpression")))
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
        .map(e -> Violation.at(SCRIPT, e, "是脚本，不允许；请改用委托表达式或表达式"))
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
        .map(p -> Violation.at(MISSING_HISTORY_TIME_TO_LIVE, p, NO_HISTORY_TIME_TO_LIVE))
        .toList();
  }

  private List<Violation> userTasksWithoutForm() {
    return userTasks()
        .filter(t -> Xml.attribute(t, CAMUNDA, "formRef").isEmpty())
        .map(t -> Violation.at(MISSING_FORM, t, "没有表单（camunda:formRef）"))
        .toList();
  }

  private List<Violation> formsNotBoundToDeployment() {
    return Xml.elements(document)
        .filter(e -> Xml.attribute(e, CAMUNDA, "formRef").isPresent())
        .filter(e -> !"deployment".equals(e.getAttributeNS(CAMUNDA, "formRefBinding")))
        .map(
            e ->
                Violation.at(
                    MISSING_FORM, e, "camunda:formRefBinding 必须是 \"deployment\"，表单才与流程同一版本"))
        .toList();
  }

  private List<Violation> userTasksWithoutDueDate() {
    return userTasks()
        .filter(t -> Xml.attribute(t, CAMUNDA, "dueDate").isEmpty())
        .map(t -> Violation.at(MISSING_DUE_DATE, t, "没有到期日期（camunda:dueDate）"))
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
                    "引用的表单 \""
                        + e.getAttributeNS(CAMUNDA, "formRef")
                        + "\" 不在同一次部署中；请把它的 .form 文件与流程一起部署"))
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
                        + " 中的 \""
                        + group
                        + "\" 既不是跟单的角色组（"
                        + CandidateGroups.KNOWN
                        + "），也不是表达式"));
  }

  private Stream<Element> userTasks() {
    return Xml.elements(document, BPMN, "userTask");
  }
}
