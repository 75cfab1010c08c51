package com.gendan.process;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * What a user entered on a task or start form breaks a rule that only the server can check. Thrown
 * from a complete listener or the first service task, it rolls the whole command back: the task
 * stays open (or nothing starts) and Tasklist shows the message, which names each field and the
 * reason in Chinese.
 */
public class InvalidTaskInputException extends ProcessEngineException {

  public InvalidTaskInputException(String field, String reason) {
    this(List.of(new FieldProblem(field, reason)));
  }

  public InvalidTaskInputException(List<FieldProblem> problems) {
    super(
        problems.stream().map(p -> p.field() + "：" + p.message()).collect(Collectors.joining("；")));
  }

  /**
   * Runs {@code step} and answers its result; an {@link InvalidRequestException} it throws becomes
   * one of these, each field named as its form labels it.
   */
  public static <T> T translating(UnaryOperator<String> fieldLabel, Supplier<T> step) {
    try {
      return step.get();
    } catch (InvalidRequestException e) {
      throw new InvalidTaskInputException(
          e.problems().stream()
              .map(p -> new FieldProblem(fieldLabel.apply(p.field()), p.message()))
              .toList());
    }
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
