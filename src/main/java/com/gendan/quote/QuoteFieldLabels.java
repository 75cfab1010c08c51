package com.gendan.quote;

import com.gendan.process.FieldLabels;
import java.util.Map;

/** What the quote forms call their fields, for messages that Tasklist shows. */
final class QuoteFieldLabels {

  private static final FieldLabels LABELS =
      FieldLabels.of(
          Map.ofEntries(
              Map.entry("customerId", "客户"),
              Map.entry("customerCode", "客户编号"),
              Map.entry("currency", "币别"),
              Map.entry("validityDays", "有效期（天）"),
              Map.entry("note", "备注"),
              Map.entry("lines", "询价明细"),
              Map.entry(QuoteApprovalProcess.Variables.INQUIRY_LINES_TEXT.name(), "询价明细"),
              Map.entry(QuoteApprovalProcess.Variables.SIGN_DECISION.name(), "签核意见"),
              Map.entry(QuoteApprovalProcess.Variables.SIGN_COMMENT.name(), "意见"),
              Map.entry(QuoteApprovalProcess.Variables.CUSTOMER_RESPONSE.name(), "客户回复"),
              Map.entry(QuoteApprovalProcess.Variables.ACCEPTED_LINES, "接受的明细"),
              Map.entry(QuoteApprovalProcess.Variables.RESPONSE_REASON.name(), "原因或还价说明")));

  private QuoteFieldLabels() {}

  /** The unit price fields are one per line (unitPrice1, unitPrice2, ...). */
  static String of(String field) {
    if (field.startsWith(QuoteApprovalProcess.Variables.UNIT_PRICE_PREFIX)) {
      return "报价单价";
    }
    return LABELS.of(field);
  }
}
