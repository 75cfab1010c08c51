package com.gendan.model;

import com.gendan.process.ProcessVariable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A process constants class such as {@code SalesOrderProcess}: its {@code KEY} (the BPMN process
 * id) and its nested groups of constants ({@code Elements}, {@code Messages}, {@code Beans}, {@code
 * Variables}).
 */
record ProcessConstants(Class<?> type) {

  static List<ProcessConstants> ofApplication() {
    return ApplicationClasses.processConstantsClasses().stream()
        .map(ProcessConstants::new)
        .toList();
  }

  String name() {
    return type.getSimpleName();
  }

  Optional<String> key() {
    return constants(type)
        .filter(field -> field.getName().equals("KEY") && field.getType() == String.class)
        .map(field -> (String) value(field))
        .findFirst();
  }

  /** The String constants of a nested class, by field name. */
  Map<String, String> strings(String group) {
    return fieldsOf(group)
        .filter(field -> field.getType() == String.class)
        .collect(
            Collectors.toMap(
                Field::getName,
                field -> (String) value(field),
                (first, second) -> first,
                LinkedHashMap::new));
  }

  /** The names of the {@code ProcessVariable}s and String constants in {@code Variables}. */
  Set<String> variableNames() {
    return fieldsOf("Variables")
        .map(ProcessConstants::value)
        .flatMap(ProcessConstants::variableName)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static Stream<String> variableName(Object constant) {
    if (constant instanceof ProcessVariable<?> variable) {
      return Stream.of(variable.name());
    }
    return constant instanceof String name ? Stream.of(name) : Stream.empty();
  }

  private Stream<Field> fieldsOf(String group) {
    return Arrays.stream(type.getDeclaredClasses())
        .filter(nested -> nested.getSimpleName().equals(group))
        .flatMap(ProcessConstants::constants);
  }

  private static Stream<Field> constants(Class<?> owner) {
    return Arrays.stream(owner.getDeclaredFields())
        .filter(
            field ->
                Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()));
  }

  private static Object value(Field field) {
    try {
      field.setAccessible(true);
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
