package com.gendan.process;

import com.gendan.problem.InvalidRequestException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows typed or pasted into a form's text area (Camunda Forms cannot edit lists, see the quote and
 * order forms): one item a row, cells separated by blanks, commas or tabs, so a range copied from
 * Excel works. Blank rows are skipped; each row keeps its number for error messages. A text of more
 * than {@link #MAX_ROWS} rows, or a row longer than {@link #MAX_ROW_LENGTH} characters, is refused
 * before any row is read, so no text can keep the server busy.
 */
public final class TextRows {

  /** More rows than any order, quote or allocation has (orders have at most 50 lines). */
  public static final int MAX_ROWS = 200;

  /** Longer than any row needs: a product code, numbers, a date and a spec of 500 characters. */
  public static final int MAX_ROW_LENGTH = 1000;

  private TextRows() {}

  /**
   * The text's rows; an {@link InvalidRequestException} naming {@code field} when it has too many
   * rows or too long a row.
   */
  public static List<Row> of(String field, String text) {
    String[] lines = text == null ? new String[0] : text.split("\\R", MAX_ROWS + 1);
    if (lines.length > MAX_ROWS && !lines[MAX_ROWS].isBlank()) {
      throw InvalidRequestException.of(field, "最多" + MAX_ROWS + "行");
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < Math.min(lines.length, MAX_ROWS); i++) {
      String line = lines[i].strip();
      if (line.length() > MAX_ROW_LENGTH) {
        throw InvalidRequestException.of(
            field, "第" + (i + 1) + "行过长，每行最多" + MAX_ROW_LENGTH + "个字符");
      }
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

    /** The cell as a number ({@link Numbers#parse}), or null when it is not one. */
    public BigDecimal number(int cell) {
      return Numbers.parse(cells.get(cell));
    }
  }
}
