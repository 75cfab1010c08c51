package com.gendan.process;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows typed or pasted into a form's text area (Camunda Forms cannot edit lists, see the quote and
 * order forms): one item a row, cells separated by blanks, commas or tabs, so a range copied from
 * Excel works. Blank rows are skipped; each row keeps its number for error messages. A text of more
 * than {@link #MAX_ROWS} rows, or a row longer than {@link #MAX_ROW_LENGTH} characters, is refused
 * before any row is read, so no text can keep the server busy.
 */
public final class TextRows {

  /** What separates a row's cells: blanks, commas, tabs, enumeration commas, semicolons. */
  public static final String CELL_SEPARATORS = "[\\s,，、;；]+";

  /** More rows than any order, quote or allocation has (orders have at most 50 lines). */
  public static final int MAX_ROWS = 200;

  /** Longer than any row needs: a product code, numbers, a date and a spec of 500 characters. */
  public static final int MAX_ROW_LENGTH = 1000;

  /** {@code name[i]} or {@code name[i].sub}: row i of a list; any other bracket form is not one. */
  static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d{1,9})](?:\\..*)?");

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
            rowField(field, i + 1), "过长，每行最多" + MAX_ROW_LENGTH + "个字符");
      }
      if (!line.isEmpty()) {
        rows.add(new Row(i + 1, line, Arrays.asList(line.split(CELL_SEPARATORS))));
      }
    }
    return rows;
  }

  /**
   * The field naming one row of {@code field}'s text, {@code field[number - 1]}, which {@link
   * FieldLabels} shows as "询价明细第3行".
   */
  public static String rowField(String field, int number) {
    return field + "[" + (number - 1) + "]";
  }

  /** The row number (from 1) a field such as {@code linesText[2]} names; 0 for any other field. */
  static int rowNumberOf(String field) {
    Matcher row = ROW_FIELD.matcher(field);
    return row.matches() ? Integer.parseInt(row.group(2)) + 1 : 0;
  }

  /**
   * Reads one item a row. A row the reader cannot read is added to {@code problems} on its {@link
   * #rowField} with the reader's message; the items read keep their rows.
   */
  public static <T> RowItems<T> read(
      String field, String text, List<FieldProblem> problems, RowReader<T> reader) {
    List<T> items = new ArrayList<>();
    List<Integer> rowNumbers = new ArrayList<>();
    for (Row row : of(field, text)) {
      T item =
          reader.read(
              row,
              message -> problems.add(new FieldProblem(rowField(field, row.number()), message)));
      if (item != null) {
        items.add(item);
        rowNumbers.add(row.number());
      }
    }
    return new RowItems<>(field, items, rowNumbers);
  }

  /** Reads an item from a row, or tells what is wrong with it and answers null. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(Row row, Consumer<String> unreadable);
  }

  /**
   * Items read from a form's text, with the row each came from. The request built from them names
   * its list {@value #REQUEST_LIST}; {@link #formField} turns a problem on its i-th item into one
   * on the text's own row, so a message points at the row the user typed (blank rows counted).
   */
  public record RowItems<T>(String field, List<T> items, List<Integer> rowNumbers) {

    /** The name request records give the list the rows become. */
    public static final String REQUEST_LIST = "lines";

    private static final Pattern ITEM =
        Pattern.compile(Pattern.quote(REQUEST_LIST) + "\\[(\\d{1,9})](.*)");

    /**
     * {@code lines[i]…} as {@code field[row - 1]} (which {@link FieldLabels} shows as "第row行"),
     * {@code lines} as the field itself; any other field as it is.
     */
    public String formField(String requestField) {
      if (requestField.equals(REQUEST_LIST)) {
        return field;
      }
      Matcher item = ITEM.matcher(requestField);
      if (item.matches() && Integer.parseInt(item.group(1)) < rowNumbers.size()) {
        return field
            + "["
            + (rowNumbers.get(Integer.parseInt(item.group(1))) - 1)
            + "]"
            + item.group(2);
      }
      return requestField;
    }
  }

  /** A row: its number in the text (from 1), the text itself and its cells. */
  public record Row(int number, String text, List<String> cells) {

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
