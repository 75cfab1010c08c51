package com.gendan.order;

import com.gendan.process.FieldLabels;
import java.util.Map;

/** What the order forms call their fields, for messages that Tasklist shows. */
public final class OrderFieldLabels {

  public static final FieldLabels LABELS =
      FieldLabels.of(
          Map.ofEntries(
              Map.entry("customerId", "客户"),
              Map.entry("customerCode", "客户编号"),
              Map.entry("channel", "来源"),
              Map.entry("customerPo", "客户订单号"),
              Map.entry("currency", "币别"),
              Map.entry("lines", "订单明细"),
              Map.entry("linesText", "订单明细"),
              Map.entry("revisedLinesText", "更正后的明细"),
              Map.entry("specialRequirements", "特殊要求"),
              Map.entry("addedSpecialRequirements", "补充特殊要求"),
              Map.entry("acceptanceReason", "理由"),
              Map.entry("correctionAction", "处理方式"),
              Map.entry("creditHoldLifted", "冻结状态"),
              Map.entry("deviationDecision", "意见"),
              Map.entry("confirmationReference", "书面确认凭证"),
              Map.entry("confirmedOn", "确认日期"),
              Map.entry("creditNote", "说明"),
              Map.entry("deviationComment", "意见"),
              Map.entry("plannedCompletionDate", "计划完工日期"),
              Map.entry("kind", "异常类别"),
              Map.entry("description", "异常情况"),
              Map.entry("exceptionDecision", "处理决定"),
              Map.entry("customerInformedHow", "通知客户情况"),
              Map.entry("transportMode", "运输方式"),
              Map.entry("shippedLinesText", "实发数量"),
              Map.entry("carrier", "承运商"),
              Map.entry("trackingNumber", "运单号"),
              Map.entry("shippedOn", "出货日期")));

  private OrderFieldLabels() {}
}
