package com.gendan.process;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and type in one place, so delegates, listeners and tests read
 * and write it the same way. Form field keys in forms/ use the same names.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  public T get(VariableScope scope) {
    Object value = scope.getVariable(name);
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
    if (!scope.hasVariable(name) || !Objects.equals(scope.getVariable(name), value)) {
      scope.setVariable(name, value);
    }
  }

  /** Sets it on this scope only, e.g. one of several concurrent event sub-process instances. */
  public void setLocal(VariableScope scope, T value) {
    if (!scope.hasVariableLocal(name) || !Objects.equals(scope.getVariableLocal(name), value)) {
      scope.setVariableLocal(name, value);
    }
  }

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
    } else {
      throw new IllegalStateException("variable " + name + " cannot be read as " + type.getName());
    }
    return type.cast(converted);
  }
}
