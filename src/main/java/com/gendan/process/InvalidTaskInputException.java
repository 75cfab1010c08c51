package com.gendan.process;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;

import com.gendan.web.FieldProblem;
import com.gendan.web.InvalidRequestException;

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
    super(problems.stream().map(p -> p.field() + "：" + p.message())
        .collect(Collectors.joining("；")));
  }

  /** The problems of {@code e}, each field named as its form labels it. */
  public static InvalidTaskInputException of(InvalidRequestException e,
      UnaryOperator<String> fieldLabel) {
    return new InvalidTaskInputException(e.problems().stream()
        .map(p -> new FieldProblem(fieldLabel.apply(p.field()), p.message())).toList());
  }
}
