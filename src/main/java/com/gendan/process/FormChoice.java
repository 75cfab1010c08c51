package com.gendan.process;

import java.util.Arrays;
import java.util.Optional;

/**
 * A decision a form submits as one of its options' values ("revise", "accept", "yes"). Each process
 * declares its decisions as an enum implementing this; code compares enum constants, the form and
 * the model's gateway expressions keep the value.
 */
public interface FormChoice {

  /** The option's value in the form and in the model's expressions. */
  String value();

  static <E extends Enum<E> & FormChoice> Optional<E> of(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.value().equals(value)).findFirst();
  }
}
