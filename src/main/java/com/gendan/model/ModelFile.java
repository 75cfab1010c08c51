package com.gendan.model;

import java.util.List;
import java.util.Locale;

/**
 * A file of a deployment, or of the processes/ and forms/ folders: its name (which says what it is)
 * and its content. Compared by identity: two files of the same name may be checked side by side.
 */
public record ModelFile(String name, byte[] content) {

  /** The suffixes Camunda 7.24 deploys as BPMN, DMN and Camunda Forms (its deployers' lists). */
  private static final List<String> BPMN = List.of(".bpmn", ".bpmn20.xml");

  private static final List<String> DMN = List.of(".dmn", ".dmn11.xml");
  private static final List<String> FORM = List.of(".form");

  boolean isBpmn() {
    return endsWithAny(BPMN);
  }

  boolean isDmn() {
    return endsWithAny(DMN);
  }

  boolean isForm() {
    return endsWithAny(FORM);
  }

  /** Whether the conventions apply to it: a BPMN, DMN or form file. */
  public boolean isModel() {
    return isBpmn() || isDmn() || isForm();
  }

  private boolean endsWithAny(List<String> suffixes) {
    String lowerCase = name.toLowerCase(Locale.ROOT);
    return suffixes.stream().anyMatch(lowerCase::endsWith);
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return name;
  }
}
