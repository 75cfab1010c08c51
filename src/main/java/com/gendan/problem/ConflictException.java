package com.gendan.problem;

import java.util.List;

/**
 * A request that clashes with what is stored, e.g. a code that is already taken; answered with 409.
 * The message is shown to the user (Chinese).
 */
public class ConflictException extends RuntimeException {

  private final transient List<FieldProblem> problems;

  public ConflictException(String message, List<FieldProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  /** The value of {@code field} is already used by another document. */
  public static ConflictException duplicate(String field, String message) {
    return new ConflictException(message, List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
