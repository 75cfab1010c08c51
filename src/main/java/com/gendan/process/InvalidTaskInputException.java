package com.gendan.process;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * What a user entered on a task or start form breaks a rule that only the server can check. Thrown
 * from a complete listener or the first service task, it rolls the whole command back: the task
 * stays open (or nothing starts) and Tasklist shows the message, which names each field and the
 * reason in Chinese.
 *
 * <p>A {@link BadUserRequestException}, so that the engine logs it at debug level: a typo is not an
 * operator's business ({@code EngineErrorResponses} logs one line per refused request).
 */
public class InvalidTaskInputException extends BadUserRequestException {

  public InvalidTaskInputException(String field, String reason) {
    this(List.of(new FieldProblem(field, reason)));
  }

  private final transient List<FieldProblem> problems;

  public InvalidTaskInputException(List<FieldProblem> problems) {
    super(
        problems.stream().map(p -> p.field() + "：" + p.message()).collect(Collectors.joining("；")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Runs {@code step} and answers its result; an {@link InvalidRequestException} it throws, or one
   * of these naming a variable (a typed variable that does not read, {@link ProcessVariable#get}),
   * becomes one of these, each field named as its form labels it.
   */
  public static <T> T translating(UnaryOperator<String> fieldLabel, Supplier<T> step) {
    try {
      return step.get();
    } catch (InvalidRequestException e) {
      throw labelled(e.problems(), fieldLabel);
    } catch (InvalidTaskInputException e) {
      throw labelled(e.problems, fieldLabel);
    }
  }

  private static InvalidTaskInputException labelled(
      List<FieldProblem> problems, UnaryOperator<String> fieldLabel) {
    return new InvalidTaskInputException(
        problems.stream()
            .map(p -> new FieldProblem(fieldLabel.apply(p.field()), p.message()))
            .toList());
  }

  /**
   * Registers what a form's rows of text describe, naming every problem at once: the rows that
   * cannot be read together with what {@code check} finds wrong in the others, so that a person
   * fixes all of them in one go, in the order of the rows. Nothing is registered while there is
   * any.
   *
   * @param rows the items read from the text, which map a request's {@code lines[i]} to its row
   * @param unreadable the rows that could not be read, as {@link TextRows#read} names them
   * @param fieldLabel what the form calls a field (or a row of one)
   * @param check the service's problems with the request built from the rows that were read
   * @param register registers the request, answering what it made
   */
  public static <R> R registeringRows(
      TextRows.RowItems<?> rows,
      List<FieldProblem> unreadable,
      UnaryOperator<String> fieldLabel,
      Supplier<List<FieldProblem>> check,
      Supplier<R> register) {
    if (!unreadable.isEmpty()) {
      List<FieldProblem> all = new ArrayList<>(unreadable);
      check.get().forEach(p -> all.add(new FieldProblem(rows.formField(p.field()), p.message())));
      all.sort(Comparator.comparingInt(p -> TextRows.rowNumberOf(p.field())));
      throw new InvalidTaskInputException(
          all.stream()
              .map(p -> new FieldProblem(fieldLabel.apply(p.field()), p.message()))
              .toList());
    }
    return translating(field -> fieldLabel.apply(rows.formField(field)), register);
  }

  /** Runs {@code step} as {@link #translating(UnaryOperator, Supplier)} does. */
  public static void translating(UnaryOperator<String> fieldLabel, Runnable step) {
    translating(
        fieldLabel,
        () -> {
          step.run();
          return null;
        });
  }
}
