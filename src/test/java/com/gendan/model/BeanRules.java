package com.gendan.model;

import static com.gendan.model.Violation.Kind.UNKNOWN_BEAN;

import com.gendan.model.Expressions.Expression;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3c.dom.Document;

/**
 * The names a BPMN file's expressions take from Gendan's code, checked against the code (its
 * compiled main classes), which only the tests read: the rest of the conventions are {@link
 * ModelRules}, which the engine also applies to every deployment.
 */
final class BeanRules {

  private final Document document;
  private final CodeNames code;

  BeanRules(Document document, CodeNames code) {
    this.document = document;
    this.code = code;
  }

  /**
   * A delegate expression must name a Spring bean. Any other expression may also read a variable
   * ({@code ${customerAssistant}}), so only the names whose members it uses are checked: {@code
   * orderDeadlines} in {@code ${orderDeadlines.confirmationDue()}} must be a bean, a variable of
   * the process or one the engine provides.
   */
  List<Violation> violations() {
    Set<String> known =
        Stream.of(
                code.beans().stream(),
                CodeNames.ENGINE.stream(),
                BpmnRules.processIds(document).flatMap(id -> code.variablesOf(id).stream()))
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
}
