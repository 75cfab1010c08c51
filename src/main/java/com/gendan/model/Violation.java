package com.gendan.model;

import org.w3c.dom.Element;

/**
 * One place where a model breaks a convention: which rule, which element, and why. The message is
 * written for the process owner who reads it in Camunda Modeler, in Chinese.
 */
public record Violation(Kind kind, String element, String message) {

  public enum Kind {
    INVALID_MODEL,
    MISSING_DIAGRAM_ELEMENT,
    GENERATED_ID,
    JAVA_CLASS,
    SCRIPT,
    MISSING_HISTORY_TIME_TO_LIVE,
    MISSING_FORM,
    MISSING_DUE_DATE,
    UNKNOWN_FORM,
    DUPLICATE_FORM_ID,
    UNKNOWN_GROUP,
    /**
     * A model names a bean that the application does not have: checked against the code by
     * ModelConventionsTest, not at deployment.
     */
    UNKNOWN_BEAN,
    /**
     * A process constants class names an element, message or bean that its model does not have:
     * checked by ModelConventionsTest.
     */
    UNKNOWN_CONSTANT,
    MISSING_EXECUTION_PLATFORM
  }

  static Violation at(Kind kind, Element element, String message) {
    return new Violation(kind, Xml.describe(element), message);
  }

  @Override
  public String toString() {
    return element + ": " + message + " [" + kind + "]";
  }
}
