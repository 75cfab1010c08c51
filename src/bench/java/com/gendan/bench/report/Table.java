package com.gendan.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A Markdown table whose columns line up in a terminal too. */
public final class Table {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String... headers) {
    this.headers = List.of(headers);
  }

  public Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(headers + " vs " + Arrays.toString(cells));
    }
    rows.add(Arrays.stream(cells).map(cell -> cell == null ? "" : cell.toString()).toList());
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public String markdown() {
    int[] widths = new int[headers.size()];
    for (int column = 0; column < widths.length; column++) {
      widths[column] = width(headers.get(column));
      for (List<String> row : rows) {
        widths[column] = Math.max(widths[column], width(row.get(column)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    out.append('|');
    for (int width : widths) {
      out.append('-').append("-".repeat(width)).append("-|");
    }
    out.append('\n');
    rows.forEach(row -> line(out, row, widths));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    out.append('|');
    for (int column = 0; column < widths.length; column++) {
      String cell = cells.get(column).replace("|", "\\|");
      out.append(' ').append(cell).append(" ".repeat(widths[column] - width(cell))).append(" |");
    }
    out.append('\n');
  }

  /** Display width: Chinese characters take two columns. */
  private static int width(String text) {
    return text.codePoints()
        .map(
            c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || (c >= 0x3000 && c <= 0x303F)
                        || (c >= 0xFF00 && c <= 0xFFEF)
                    ? 2
                    : 1)
        .sum();
  }
}
