package com.gendan.problem;

import java.util.List;

/**
 * A request that breaks a rule Bean Validation cannot express (one field against another, a
 * configured list, the identity store). {@code com.gendan.web.ApiExceptionHandler} answers it with
 * 400 and the fields in {@code errors}.
 */
public class InvalidRequestException extends RuntimeException {

  private final transient List<FieldProblem> problems;

  public InvalidRequestException(List<FieldProblem> problems) {
    super("invalid request: " + problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid request names at least one field");
    }
    this.problems = List.copyOf(problems);
  }

  public static InvalidRequestException of(String field, String message) {
    return new InvalidRequestException(List.of(new FieldProblem(field, message)));
  }

  /** Throws if there is any problem; does nothing otherwise. */
  public static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
