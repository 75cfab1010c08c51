package com.gendan.process;

import java.util.Map;
import java.util.regex.Matcher;

/**
 * What a form calls its fields, for the messages Tasklist shows. A field naming one row of a list,
 * such as {@code linesText[2]} or {@code lines[0].quantity}, is shown as that row of the list's
 * label, e.g. "订单明细第3行". A field without a label keeps its own name.
 */
public final class FieldLabels {

  private final Map<String, String> labels;

  private FieldLabels(Map<String, String> labels) {
    this.labels = Map.copyOf(labels);
  }

  /** The labels of a form's fields, by field name. */
  public static FieldLabels of(Map<String, String> labels) {
    return new FieldLabels(labels);
  }

  /** What the form calls {@code field}, or {@code field} itself when it has no label. */
  public String of(String field) {
    Matcher row = TextRows.ROW_FIELD.matcher(field);
    if (row.matches() && labels.containsKey(row.group(1))) {
      return labels.get(row.group(1)) + "第" + (Integer.parseInt(row.group(2)) + 1) + "行";
    }
    return labels.getOrDefault(field, field);
  }
}
