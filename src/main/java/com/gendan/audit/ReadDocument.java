package com.gendan.audit;

/** What of a customer's was read, as the read log names it. */
public enum ReadDocument {
  CUSTOMER("客户资料"),
  CUSTOMER_CHANGES("客户资料变更记录"),
  QUOTE("报价单"),
  PRICE_AGREEMENTS("有效报价"),
  SAMPLE("样品申请单"),
  SAMPLE_APPROVALS("样品承认记录"),
  ORDER("销售订单"),
  SHIPMENT("出货单"),
  CHANGE_REQUEST("销售订单变更(取消)申请单"),
  COMPLAINT("客诉处理单"),
  STATEMENT("对帐单"),
  INVOICE("发票"),
  ARCHIVE("月结归档"),
  USAGE_STATEMENT("月使用量统计明细表"),
  CREDIT_HOLD_RELEASE("货款异常特放申请单");

  private final String label;

  ReadDocument(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
