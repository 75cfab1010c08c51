package com.gendan.process;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/**
 * What a form calls its fields, for the messages Tasklist shows. A field naming one row of a list,
 * such as {@code linesText[2]} or {@code lines[0].quantity}, is shown as that row of the list's
 * label, e.g. "订单明细第3行". A field without a label keeps its own name.
 *
 * <p>The labels are the deployed form's ({@link FormLabels}), read only when a message needs one. A
 * service that names a field otherwise than the form does (the request's {@code customerId} for the
 * form's {@code customerCode}) is told so with {@link #naming}.
 */
public final class FieldLabels {

  private final Supplier<Map<String, String>> labels;
  private final Map<String, String> formFieldByName;

  private FieldLabels(Supplier<Map<String, String>> labels, Map<String, String> formFieldByName) {
    this.labels = labels;
    this.formFieldByName = Map.copyOf(formFieldByName);
  }

  /** The labels of a form's fields, by field name. */
  public static FieldLabels of(Map<String, String> labels) {
    Map<String, String> copy = Map.copyOf(labels);
    return new FieldLabels(() -> copy, Map.of());
  }

  /** Labels read the first time one is needed, and then kept. */
  static FieldLabels readWhenNeeded(Supplier<Map<String, String>> read) {
    return new FieldLabels(
        new Supplier<>() {
          private Map<String, String> labels;

          @Override
          public Map<String, String> get() {
            if (labels == null) {
              labels = Map.copyOf(read.get());
            }
            return labels;
          }
        },
        Map.of());
  }

  /**
   * These labels, where the field {@code name} (a service's name, or a list whose rows it names) is
   * shown as the form's field {@code formField}.
   */
  public FieldLabels naming(String name, String formField) {
    Map<String, String> names = new HashMap<>(formFieldByName);
    names.put(name, formField);
    return new FieldLabels(labels, names);
  }

  /** What the form calls {@code field}, or {@code field} itself when it has no label. */
  public String of(String field) {
    Matcher row = TextRows.ROW_FIELD.matcher(field);
    if (row.matches()) {
      String list = label(row.group(1));
      if (list != null) {
        return list + "第" + (Integer.parseInt(row.group(2)) + 1) + "行";
      }
    }
    String label = label(field);
    return label == null ? field : label;
  }

  private String label(String field) {
    return labels.get().get(formFieldByName.getOrDefault(field, field));
  }
}
