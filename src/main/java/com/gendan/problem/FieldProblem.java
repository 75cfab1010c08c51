package com.gendan.problem;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One bad field of a request, as listed in the {@code errors} property of a 400 problem body.
 *
 * @param field the JSON path of the field, e.g. {@code floorPrice} or {@code contacts[0].email}
 * @param message why it is wrong, in Chinese
 */
public record FieldProblem(String field, String message) {

  /** Bean Validation's violations as field problems, ordered by field. */
  public static List<FieldProblem> of(Collection<? extends ConstraintViolation<?>> violations) {
    return of("", violations);
  }

  /** Ditto, of an object found at {@code prefix} (e.g. {@code lines[2].}) of the request. */
  public static List<FieldProblem> of(
      String prefix, Collection<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(v -> new FieldProblem(prefix + v.getPropertyPath(), v.getMessage()))
        .sorted(Comparator.comparing(FieldProblem::field))
        .toList();
  }
}
