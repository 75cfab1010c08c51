package com.gendan.process;

import com.gendan.data.Labeled;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and type in one place, so delegates, listeners and tests read
 * and write it the same way. Form field keys in forms/ use the same names.
 *
 * <p>Some variables are kept in the engine as the text a Camunda Form submits and read as a type: a
 * date field ({@link #date}) is a {@link LocalDate}, a quantity ({@link #decimal}) a {@link
 * BigDecimal}, a decision ({@link #choice}) an enum constant. Text that does not read as the type
 * is an {@link InvalidTaskInputException} naming the field.
 */
public record ProcessVariable<T>(String name, Class<T> type, FormText<T> formText) {

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type, null);
  }

  /** A date as a form's date picker submits it: "yyyy-MM-dd". */
  public static ProcessVariable<LocalDate> date(String name) {
    return new ProcessVariable<>(
        name,
        LocalDate.class,
        new FormText<>(FormDates::parse, LocalDate::toString, FormDates.UNREADABLE));
  }

  /**
   * A quantity or an amount as exact text ("1500.5"), read as a {@link BigDecimal}: a form's text
   * field or an API keeps every digit, which a floating-point engine variable would not.
   */
  public static ProcessVariable<BigDecimal> decimal(String name) {
    return new ProcessVariable<>(
        name,
        BigDecimal.class,
        new FormText<>(text -> Optional.ofNullable(Numbers.parse(text)), Numbers::plain, "请填写数字"));
  }

  /**
   * A decision: the form submits the option's value, code reads the enum constant. Unreadable text
   * is answered with the options, by their Chinese words where the enum has them ({@link Labeled}).
   */
  public static <E extends Enum<E> & FormChoice> ProcessVariable<E> choice(
      String name, Class<E> type) {
    return new ProcessVariable<>(
        name,
        type,
        new FormText<>(
            text -> FormChoice.of(type, text),
            FormChoice::value,
            "请选择："
                + Arrays.stream(type.getEnumConstants())
                    .map(c -> c instanceof Labeled labeled ? labeled.label() : c.value())
                    .collect(Collectors.joining("、"))));
  }

  /**
   * Reads a form's answer, adding a problem naming the field when it is missing (if required) or
   * does not read as the type; answers null then. For listeners that check a whole form at once.
   */
  public T read(VariableScope scope, List<FieldProblem> problems) {
    return read(scope, false, null, problems);
  }

  /** Reads a form's answer as {@link #read(VariableScope, List)}, naming it when it is missing. */
  public T read(
      VariableScope scope, boolean required, String missing, List<FieldProblem> problems) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String text && text.isBlank())) {
      if (required) {
        problems.add(new FieldProblem(name, missing));
      }
      return null;
    }
    try {
      return get(scope);
    } catch (InvalidTaskInputException e) {
      problems.add(new FieldProblem(name, formText.unreadable()));
      return null;
    }
  }

  /**
   * A form's required answer; an {@link InvalidRequestException} naming the field when it is
   * missing or does not read as the type, which a listener shows with the form's label ({@link
   * InvalidTaskInputException#translating}).
   */
  public T answer(VariableScope scope, String missing) {
    List<FieldProblem> problems = new ArrayList<>();
    T value = read(scope, true, missing, problems);
    InvalidRequestException.throwIfAny(problems);
    return value;
  }

  public T get(VariableScope scope) {
    Object value = scope.getVariable(name);
    if (formText != null && value instanceof String text) {
      if (text.isBlank()) {
        return null;
      }
      return formText
          .parse()
          .apply(text.strip())
          .orElseThrow(() -> new InvalidTaskInputException(name, formText.unreadable()));
    }
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    if (value instanceof Number number && Number.class.isAssignableFrom(type)) {
      return convertNumber(number);
    }
    throw new IllegalStateException(
        "variable "
            + name
            + " is a "
            + value.getClass().getName()
            + ", expected "
            + type.getName());
  }

  public T require(VariableScope scope) {
    T value = get(scope);
    if (value == null) {
      throw new IllegalStateException("variable " + name + " is missing");
    }
    return value;
  }

  /**
   * Sets the value. A value the variable already holds is not written again: each write costs an
   * update and a history row, and delegates that copy order data into the process (again after
   * every review) would otherwise record the same value over and over.
   */
  public void set(VariableScope scope, T value) {
    Object stored = stored(value);
    if (!scope.hasVariable(name) || !Objects.equals(scope.getVariable(name), stored)) {
      scope.setVariable(name, stored);
    }
  }

  /** Sets it on this scope only, e.g. one of several concurrent event sub-process instances. */
  public void setLocal(VariableScope scope, T value) {
    Object stored = stored(value);
    if (!scope.hasVariableLocal(name) || !Objects.equals(scope.getVariableLocal(name), stored)) {
      scope.setVariableLocal(name, stored);
    }
  }

  /** The value as the engine keeps it: the form's text for dates and decisions. */
  public Object stored(T value) {
    return formText == null || value == null ? value : formText.format().apply(value);
  }

  /**
   * How a typed variable is kept as a form's text: read (empty when the text does not read as the
   * type), written, and what to tell the user of unreadable text.
   */
  public record FormText<T>(
      Function<String, Optional<T>> parse, Function<T, String> format, String unreadable) {}

  /**
   * Removes the variables from the task's process instance, so that a task that comes round again
   * (a loop) opens its form blank instead of with the answers given the last time.
   */
  public static void removeFromInstance(DelegateTask task, ProcessVariable<?>... variables) {
    DelegateExecution instance = task.getExecution().getProcessInstance();
    for (ProcessVariable<?> variable : variables) {
      instance.removeVariable(variable.name());
    }
  }

  private T convertNumber(Number number) {
    Object converted;
    if (type == Long.class) {
      converted = number.longValue();
    } else if (type == Integer.class) {
      converted = number.intValue();
    } else if (type == Double.class) {
      converted = number.doubleValue();
    } else if (type == BigDecimal.class) {
      // a number field's NaN or infinity is no amount: the user is told, as for unreadable text
      converted = Numbers.parse(number.toString());
      if (converted == null) {
        throw new InvalidTaskInputException(name, "请填写数字");
      }
    } else {
      throw new IllegalStateException("variable " + name + " cannot be read as " + type.getName());
    }
    return type.cast(converted);
  }
}
