package com.gendan.statement;

import com.gendan.document.DocumentLinks;
import com.gendan.document.DocumentPages;
import com.gendan.document.DocumentPages.Document;
import com.gendan.document.Letterhead;
import com.gendan.mail.MailAttachment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The statement (对帐单) as the customer gets it: its printable page and PDF (template {@code
 * statement}) and the same figures as an Excel workbook (FastExcel, as the audit reports), in
 * Chinese under the company header, with the period, the lines, the totals and the VAT contained.
 */
@Component
class StatementDocuments {

  static final String TITLE = "对帐单";

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The row of the column headers; the lines follow it. */
  static final int HEADER_ROW = 6;

  /** The lines' columns in the workbook. */
  static final List<String> COLUMNS =
      List.of("行号", "类别", "日期", "订单号", "客户PO", "产品", "数量", "单价", "订单币种", "金额", "备注");

  /** The column of the amount (in the statement's currency). */
  static final int AMOUNT_COLUMN = 9;

  private final DocumentPages pages;
  private final Letterhead letterhead;

  StatementDocuments(DocumentPages pages, Letterhead letterhead) {
    this.pages = pages;
    this.letterhead = letterhead;
  }

  Document page(StatementView statement) {
    return new Document(
        "statement",
        TITLE,
        statement.statementNumber(),
        DocumentLinks.statement(statement.statementNumber()),
        Map.of("statement", statement, "totals", totals(statement)));
  }

  byte[] pdf(StatementView statement) {
    return pages.pdfOf(page(statement));
  }

  MailAttachment pdfAttachment(StatementView statement) {
    Document page = page(statement);
    return new MailAttachment(
        DocumentPages.pdfName(page), MediaType.APPLICATION_PDF_VALUE, pages.pdfOf(page));
  }

  MailAttachment excelAttachment(StatementView statement) {
    return new MailAttachment(excelName(statement), XLSX, excel(statement));
  }

  static String excelName(StatementView statement) {
    return TITLE + "-" + statement.statementNumber() + ".xlsx";
  }

  /**
   * The workbook: the header (company, title and number, customer, period and currency), the lines
   * from row {@value #HEADER_ROW} + 1 (amounts as numbers), then the totals, one label and amount a
   * row.
   */
  byte[] excel(StatementView statement) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(bytes, "Gendan", "1.0");
      Worksheet sheet = workbook.newWorksheet(TITLE);
      sheet.value(0, 0, letterhead.name());
      sheet.style(0, 0).bold().fontSize(14).set();
      StatementRevision.View current = statement.current();
      sheet.value(
          1, 0, TITLE + " " + statement.statementNumber() + "（第" + current.revisionNo() + "版）");
      sheet.value(2, 0, "客户");
      sheet.value(2, 1, statement.customerName() + "（" + statement.customerCode() + "）");
      sheet.value(3, 0, "对帐期间");
      sheet.value(3, 1, statement.periodFrom() + " 至 " + statement.periodTo());
      sheet.value(4, 0, "币种");
      sheet.value(4, 1, statement.currency());
      for (int c = 0; c < COLUMNS.size(); c++) {
        sheet.value(HEADER_ROW, c, COLUMNS.get(c));
        sheet.style(HEADER_ROW, c).bold().set();
        sheet.width(c, c == 3 || c == 4 || c == 5 || c == 10 ? 20 : 12);
      }
      int row = HEADER_ROW + 1;
      for (StatementLine.View line : current.lines()) {
        sheet.value(row, 0, line.lineNo());
        sheet.value(row, 1, line.kindLabel());
        sheet.value(row, 2, line.happenedOn());
        sheet.style(row, 2).format("yyyy-mm-dd").set();
        text(sheet, row, 3, line.orderNumber());
        text(sheet, row, 4, line.customerPo());
        text(sheet, row, 5, line.productCode());
        number(sheet, row, 6, line.quantity());
        number(sheet, row, 7, line.unitPrice());
        sheet.value(row, 8, line.orderCurrency());
        number(sheet, row, AMOUNT_COLUMN, line.amount());
        text(sheet, row, 10, line.reference());
        row++;
      }
      row++;
      for (Map.Entry<String, BigDecimal> total : totals(statement).entrySet()) {
        sheet.value(row, AMOUNT_COLUMN - 1, total.getKey());
        sheet.style(row, AMOUNT_COLUMN - 1).bold().set();
        number(sheet, row, AMOUNT_COLUMN, total.getValue());
        row++;
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The totals in the order the page, the PDF and the workbook show them. */
  static Map<String, BigDecimal> totals(StatementView statement) {
    StatementRevision.View current = statement.current();
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    totals.put("出货金额", current.shippedAmount());
    totals.put("退货金额", current.returnedAmount());
    totals.put("折让金额", current.allowanceAmount());
    totals.put("本期金额", current.periodAmount());
    totals.put("其中不含税金额", statement.periodNet());
    totals.put("其中税额", statement.periodTax());
    totals.put("上期余额", current.previousBalance());
    totals.put("累计应收", current.totalDue());
    return totals;
  }

  private static void text(Worksheet sheet, int row, int column, String value) {
    if (value != null) {
      sheet.value(row, column, value);
    }
  }

  private static void number(Worksheet sheet, int row, int column, BigDecimal value) {
    if (value != null) {
      sheet.value(row, column, value);
    }
  }
}
