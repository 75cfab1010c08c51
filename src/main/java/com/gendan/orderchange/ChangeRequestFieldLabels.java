package com.gendan.orderchange;

import com.gendan.process.FieldLabels;
import java.util.Map;

/** What the change request's forms call their fields (and the API's), for Tasklist's messages. */
final class ChangeRequestFieldLabels {

  static final FieldLabels LABELS =
      FieldLabels.of(
          Map.ofEntries(
              Map.entry("customerCode", "客户编号"),
              Map.entry("orderId", "订单号"),
              Map.entry("orderNumber", "订单号"),
              Map.entry("kind", "申请类别"),
              Map.entry("changeKind", "申请类别"),
              Map.entry("reason", "原因"),
              Map.entry("changeReason", "原因"),
              Map.entry("lines", "变更明细"),
              Map.entry("changedLinesText", "变更明细"),
              Map.entry("material", "已备/已制物料"),
              Map.entry("workInProgress", "在制品"),
              Map.entry("cost", "影响成本（人民币元）"),
              Map.entry("impactCost", "影响成本（人民币元）"),
              Map.entry("earliestDate", "最早可交期（生产填写）"),
              Map.entry("earliestPossibleDate", "最早可交期（生产填写）"),
              Map.entry("note", "说明"),
              Map.entry("deadStockText", "呆滞料"),
              Map.entry("signDecision", "决定"),
              Map.entry("signComment", "意见"),
              Map.entry("dispositionText", "处理方式"),
              Map.entry("scrapDecision", "决定"),
              Map.entry("scrapComment", "意见")));

  private ChangeRequestFieldLabels() {}
}
