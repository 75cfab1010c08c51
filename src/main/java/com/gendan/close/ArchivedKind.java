package com.gendan.close;

import com.gendan.data.Labeled;
import com.gendan.document.DocumentLinks;
import java.util.function.UnaryOperator;

/**
 * The documents a month's close archives, each once its process ended (an order closed, a quote
 * decided, a sample ended, a change request decided, a complaint closed): its table, number column,
 * printable page and the API path under which it is edited.
 */
enum ArchivedKind implements Labeled {
  ORDER("销售订单", "sales_order", "order_number", DocumentLinks::order, "orders"),
  QUOTE("报价单", "quote", "quote_number", DocumentLinks::quote, "quotes"),
  SAMPLE("样品申请单", "sample_request", "sample_number", DocumentLinks::sample, "samples"),
  CHANGE_REQUEST(
      "销售订单变更(取消)申请单",
      "order_change_request",
      "request_number",
      DocumentLinks::changeRequest,
      "change-requests"),
  COMPLAINT("客诉处理单", "complaint", "complaint_number", DocumentLinks::complaint, "complaints");

  private final String label;
  private final String table;
  private final String numberColumn;
  private final UnaryOperator<String> page;
  private final String pathSegment;

  ArchivedKind(
      String label,
      String table,
      String numberColumn,
      UnaryOperator<String> page,
      String pathSegment) {
    this.label = label;
    this.table = table;
    this.numberColumn = numberColumn;
    this.page = page;
    this.pathSegment = pathSegment;
  }

  @Override
  public String label() {
    return label;
  }

  String table() {
    return table;
  }

  String numberColumn() {
    return numberColumn;
  }

  String page(String number) {
    return page.apply(number);
  }

  /** The segment after {@code /api/} or {@code /documents/} that names this kind in a path. */
  String pathSegment() {
    return pathSegment;
  }
}
