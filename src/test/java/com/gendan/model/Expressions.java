package com.gendan.model;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The JUEL expressions of a BPMN model ({@code ${...}}, {@code #{...}}) in attributes such as
 * {@code camunda:delegateExpression} and {@code camunda:dueDate}, and in texts such as conditions
 * and timer durations, with the names they look up.
 */
final class Expressions {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern STRING_LITERAL =
      Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");

  /**
   * {@code orderDeadlines} in {@code orderDeadlines.confirmationDue()}; not {@code plusDays} in
   * {@code dateTime().plusDays(1)}, which is a member of a function's result.
   */
  private static final Pattern MEMBER_OWNER = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\s*\\.");

  /** The first name of {@code registerOrder} and of {@code quoteDeadlines.draftDue()}. */
  private static final Pattern LEADING_NAME =
      Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*(?:\\..*)?", Pattern.DOTALL);

  /** Prose for readers, never evaluated: a documentation or a text annotation's text. */
  private static final Set<String> PROSE = Set.of("documentation", "text");

  private Expressions() {}

  /** One expression: the element it belongs to, the attribute (or "text") holding it, its body. */
  record Expression(Element element, String attribute, String body) {

    /** A service task's or listener's {@code delegateExpression}: it must name a Spring bean. */
    boolean isDelegate() {
      return attribute.equals("delegateExpression") || attribute.endsWith(":delegateExpression");
    }

    /** The name the whole expression starts with, when it is a name or a member of one. */
    Optional<String> leadingName() {
      Matcher matcher = LEADING_NAME.matcher(withoutStrings());
      return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * Names whose member the expression reads or calls: {@code x} in {@code x.y}, {@code x.y()}.
     */
    Stream<String> memberOwners() {
      return MEMBER_OWNER.matcher(withoutStrings()).results().map(result -> result.group(1));
    }

    /** Every name the expression uses as a bean or variable of its own: leading or member owner. */
    Stream<String> names() {
      return Stream.concat(leadingName().stream(), memberOwners()).distinct();
    }

    private String withoutStrings() {
      return STRING_LITERAL.matcher(body).replaceAll("''");
    }

    @Override
    public String toString() {
      return attribute + " ${" + body + "}";
    }
  }

  static Stream<Expression> in(Document document) {
    return Xml.elements(document).flatMap(Expressions::in);
  }

  private static Stream<Expression> in(Element element) {
    NamedNodeMap attributes = element.getAttributes();
    Stream<Expression> inAttributes =
        IntStream.range(0, attributes.getLength())
            .mapToObj(i -> (Attr) attributes.item(i))
            .flatMap(attribute -> in(element, attribute.getName(), attribute.getValue()));
    boolean prose =
        BpmnRules.BPMN.equals(element.getNamespaceURI()) && PROSE.contains(element.getLocalName());
    return prose
        ? inAttributes
        : Stream.concat(inAttributes, in(element, "text", ownText(element)));
  }

  private static Stream<Expression> in(Element element, String attribute, String value) {
    return EXPRESSION
        .matcher(value)
        .results()
        .map(result -> new Expression(element, attribute, result.group(1)));
  }

  private static String ownText(Element element) {
    NodeList children = element.getChildNodes();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString();
  }
}
