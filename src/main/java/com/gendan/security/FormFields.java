package com.gendan.security;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The variables a Camunda Form (form-js JSON) submits, as Tasklist sends them: every field with
 * a {@code key}, read-only ones included and disabled ones not (Tasklist leaves those out, but
 * a client may send them). A key {@code a.b}, or a key inside a group or dynamic list with a
 * {@code path}, is submitted inside the top-level variable {@code a} (or the path's first
 * segment), which is the name listed here.
 *
 * @param names every top-level variable the form submits
 * @param readOnly those the user cannot edit: a plain key whose field is {@code readonly} or
 *     {@code disabled} (a readonly given as an expression counts as editable)
 */
record FormFields(Set<String> names, Set<String> readOnly) {

  /** A task or start event without a Camunda Form submits nothing. */
  static final FormFields NONE = new FormFields(Set.of(), Set.of());

  static FormFields of(JsonNode schema) {
    Set<String> names = new HashSet<>();
    Set<String> editable = new HashSet<>();
    Set<String> readOnly = new HashSet<>();
    collect(schema.path("components"), List.of(), names, editable, readOnly);
    readOnly.removeAll(editable);
    return new FormFields(Set.copyOf(names), Set.copyOf(readOnly));
  }

  private static void collect(JsonNode components, List<String> parentPath, Set<String> names,
      Set<String> editable, Set<String> readOnly) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      if (!key.isBlank()) {
        List<String> path = Stream.concat(parentPath.stream(), segments(key)).toList();
        names.add(path.get(0));
        boolean locked = component.path("readonly").asBoolean(false)
            || component.path("disabled").asBoolean(false);
        (locked && path.size() == 1 ? readOnly : editable).add(path.get(0));
      }
      if (component.path("components").isArray()) {
        String ownPath = component.path("path").asText("");
        collect(component.path("components"),
            Stream.concat(parentPath.stream(), segments(ownPath)).toList(),
            names, editable, readOnly);
      }
    }
  }

  private static Stream<String> segments(String path) {
    return Arrays.stream(path.split("\\.")).filter(segment -> !segment.isBlank());
  }
}
