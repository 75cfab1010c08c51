package com.gendan.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows typed or pasted into a form's text area (Camunda Forms cannot edit lists, see the quote
 * and order forms): one item a row, cells separated by blanks, commas or tabs, so a range copied
 * from Excel works. Blank rows are skipped; each row keeps its number for error messages.
 */
public final class TextRows {

  private TextRows() {
  }

  public static List<Row> of(String text) {
    List<Row> rows = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty()) {
        rows.add(new Row(i + 1, line, Arrays.asList(line.split("[\\s,，、;；]+"))));
      }
    }
    return rows;
  }

  /** A row: its number in the text (from 1), the text itself and its cells. */
  public record Row(int number, String text, List<String> cells) {

    /** "第n行" as the messages say it. */
    public String where() {
      return "第" + number + "行";
    }

    /** The cell as a whole number (a line number, say), or null when it is not one. */
    public Integer wholeNumber(int cell) {
      BigDecimal number = number(cell);
      try {
        return number == null ? null : number.intValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }

    /** The cell as a number, or null when it is not one. */
    public BigDecimal number(int cell) {
      try {
        return new BigDecimal(cells.get(cell));
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
