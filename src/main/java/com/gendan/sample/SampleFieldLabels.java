package com.gendan.sample;

import com.gendan.process.FieldLabels;
import java.util.Map;

/** What the sample forms call their fields, for messages that Tasklist shows. */
final class SampleFieldLabels {

  static final FieldLabels LABELS =
      FieldLabels.of(
          Map.ofEntries(
              Map.entry("customerId", "客户"),
              Map.entry("customerCode", "客户编号"),
              Map.entry("productCode", "产品编号"),
              Map.entry("specText", "规格要求"),
              Map.entry("quantity", "数量"),
              Map.entry("unit", "单位"),
              Map.entry("purpose", "用途"),
              Map.entry("sampleValue", "样品价值"),
              Map.entry("targetDate", "希望寄达日期"),
              Map.entry("approvalDecision", "审批意见"),
              Map.entry("approvalComment", "原因"),
              Map.entry("carrier", "承运商"),
              Map.entry("trackingNumber", "运单号"),
              Map.entry("shippedDate", "寄出日期"),
              Map.entry("deliveredDate", "签收日期"),
              Map.entry("contactDate", "联系日期"),
              Map.entry("contactPerson", "联系人"),
              Map.entry("contactNote", "客户答复"),
              Map.entry("sampleResult", "测试结果"),
              Map.entry("resultConditions", "通过条件")));

  private SampleFieldLabels() {}
}
