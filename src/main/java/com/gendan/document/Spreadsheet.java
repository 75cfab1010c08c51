package com.gendan.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report as an Excel workbook (fastexcel): a sheet per table, a bold header row that stays in
 * view, times in the department's zone as Excel dates, yes/no in Chinese.
 */
public final class Spreadsheet {

  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private static final String TIME_FORMAT = "yyyy-mm-dd hh:mm";
  private static final String DATE_FORMAT = "yyyy-mm-dd";

  private Spreadsheet() {}

  /** A column: its Chinese header and what it shows of a row. */
  public record Column<T>(String header, Function<T, Object> value) {}

  /** A sheet: its name (Excel allows 31 characters), columns and rows. */
  public record Sheet<T>(String name, List<Column<T>> columns, List<T> rows) {}

  /** The workbook, to download as {@code fileName}.xlsx, its times in {@code zone}. */
  public static ResponseEntity<byte[]> download(String fileName, ZoneId zone, Sheet<?>... sheets) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName + ".xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(XLSX)
        .body(workbook(zone, sheets));
  }

  public static byte[] workbook(ZoneId zone, Sheet<?>... sheets) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(bytes, "Gendan", "1.0");
      for (Sheet<?> sheet : sheets) {
        write(workbook.newWorksheet(sheet.name()), sheet, zone);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static <T> void write(Worksheet worksheet, Sheet<T> sheet, ZoneId zone) {
    List<Column<T>> columns = sheet.columns();
    for (int c = 0; c < columns.size(); c++) {
      worksheet.value(0, c, columns.get(c).header());
      worksheet.style(0, c).bold().set();
      worksheet.width(c, Math.max(12, columns.get(c).header().length() * 2.2));
    }
    worksheet.freezePane(0, 1);
    for (int r = 0; r < sheet.rows().size(); r++) {
      T row = sheet.rows().get(r);
      for (int c = 0; c < columns.size(); c++) {
        cell(worksheet, r + 1, c, columns.get(c).value().apply(row), zone);
      }
    }
  }

  private static void cell(Worksheet worksheet, int r, int c, Object value, ZoneId zone) {
    if (value == null) {
      return;
    }
    if (value instanceof Number number) {
      worksheet.value(r, c, number);
    } else if (value instanceof Boolean yes) {
      worksheet.value(r, c, yes ? "是" : "否");
    } else if (value instanceof Instant instant) {
      worksheet.value(r, c, instant.atZone(zone).toLocalDateTime());
      worksheet.style(r, c).format(TIME_FORMAT).set();
    } else if (value instanceof LocalDate date) {
      worksheet.value(r, c, date);
      worksheet.style(r, c).format(DATE_FORMAT).set();
    } else {
      worksheet.value(r, c, value.toString());
    }
  }
}
