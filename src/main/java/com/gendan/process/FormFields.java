package com.gendan.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The variables a Camunda Form (form-js JSON) submits, as Tasklist sends them: every field with a
 * {@code key}, read-only ones included and disabled ones not (Tasklist leaves those out, but a
 * client may send them). A key {@code a.b}, or a key inside a group or dynamic list with a {@code
 * path}, is submitted inside the top-level variable {@code a} (or the path's first segment), which
 * is the name listed here.
 *
 * @param names every top-level variable the form submits
 * @param readOnly those the user cannot edit: a plain key whose field is {@code readonly} or {@code
 *     disabled} (a readonly given as an expression counts as editable)
 * @param maxLengths the most characters each variable may hold as text (as JSON for a list or an
 *     object): a field's own {@code validate.maxLength}, or its type's default
 * @param numbers the variables of number fields
 * @param flags the variables of checkboxes
 * @param texts the variables of fields that submit text (text fields and areas, choices, dates)
 * @param labels what the form calls each plain variable, for messages that name a field
 */
public record FormFields(
    Set<String> names,
    Set<String> readOnly,
    Map<String, Integer> maxLengths,
    Set<String> numbers,
    Set<String> flags,
    Set<String> texts,
    Map<String, String> labels) {

  /** A task or start event without a Camunda Form submits nothing. */
  public static final FormFields NONE =
      new FormFields(Set.of(), Set.of(), Map.of(), Set.of(), Set.of(), Set.of(), Map.of());

  private static final Set<String> TEXT_TYPES =
      Set.of("textfield", "textarea", "select", "radio", "datetime");

  /** A one-line field, a choice or a date: far more than any code, name or date needs. */
  public static final int SHORT_TEXT = 200;

  /** A text area: pasted order lines, findings, requirements. */
  public static final int LONG_TEXT = 20_000;

  /** A dynamic list or group submitted as one JSON variable. */
  public static final int STRUCTURED = 100_000;

  public static FormFields of(JsonNode schema) {
    Set<String> names = new HashSet<>();
    Set<String> editable = new HashSet<>();
    Set<String> readOnly = new HashSet<>();
    Map<String, Integer> maxLengths = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    collect(
        schema.path("components"),
        List.of(),
        new Collected(names, editable, readOnly, maxLengths, types, labels));
    readOnly.removeAll(editable);
    return new FormFields(
        Set.copyOf(names),
        Set.copyOf(readOnly),
        Map.copyOf(maxLengths),
        ofType(types, Set.of("number")),
        ofType(types, Set.of("checkbox")),
        ofType(types, TEXT_TYPES),
        Map.copyOf(labels));
  }

  /** The form's labels, for naming a field (or a row of one) in a message. */
  public FieldLabels fieldLabels() {
    return FieldLabels.of(labels);
  }

  /** What {@link #collect} gathers while it walks the components. */
  private record Collected(
      Set<String> names,
      Set<String> editable,
      Set<String> readOnly,
      Map<String, Integer> maxLengths,
      Map<String, String> types,
      Map<String, String> labels) {}

  private static Set<String> ofType(Map<String, String> types, Set<String> wanted) {
    return types.entrySet().stream()
        .filter(e -> wanted.contains(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** How long the value of a plain field may be, by its validation or its type. */
  private static int maxLength(JsonNode component) {
    int declared = component.path("validate").path("maxLength").asInt(0);
    if (declared > 0) {
      return declared;
    }
    return "textarea".equals(component.path("type").asText()) ? LONG_TEXT : SHORT_TEXT;
  }

  private static void collect(JsonNode components, List<String> parentPath, Collected into) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      if (!key.isBlank()) {
        List<String> path = Stream.concat(parentPath.stream(), segments(key)).toList();
        into.names().add(path.get(0));
        if (path.size() == 1) {
          into.maxLengths().put(key, maxLength(component));
          into.types().put(key, component.path("type").asText());
          String label = component.path("label").asText("").strip();
          if (!label.isEmpty() && !label.startsWith("=")) {
            into.labels().put(key, label);
          }
        } else {
          into.maxLengths().put(path.get(0), STRUCTURED);
        }
        boolean locked =
            component.path("readonly").asBoolean(false)
                || component.path("disabled").asBoolean(false);
        (locked && path.size() == 1 ? into.readOnly() : into.editable()).add(path.get(0));
      }
      if (component.path("components").isArray()) {
        String ownPath = component.path("path").asText("");
        collect(
            component.path("components"),
            Stream.concat(parentPath.stream(), segments(ownPath)).toList(),
            into);
      }
    }
  }

  private static Stream<String> segments(String path) {
    return Arrays.stream(path.split("\\.")).filter(segment -> !segment.isBlank());
  }
}
