package com.gendan.document;

/**
 * Where each printable document page lives (fixed: forms, mails and other work link to it). Append
 * {@value #PDF} to any page for its PDF.
 *
 * <ul>
 *   <li>{@code /documents/quotes/{quoteNumber}} 报价单 (its signed PDF at {@code …/signed.pdf})
 *   <li>{@code /documents/samples/{sampleNumber}} 样品申请单
 *   <li>{@code /documents/orders/{orderNumber}} 销售订单, {@code …/production-plan} 生产计划单
 *   <li>{@code /documents/shipments/{shipmentNumber}} 出库单 or 调拨单, {@code …/stock-notice} 备货通知单
 *   <li>{@code /documents/change-requests/{requestNumber}} 销售订单变更(取消)申请单
 *   <li>{@code /documents/complaints/{complaintNumber}} 客诉处理单
 *   <li>{@code /documents/statements/{statementNumber}} 对帐单
 *   <li>{@code /documents/credit-hold-releases/{releaseNumber}} 货款异常特放申请单
 * </ul>
 */
public final class DocumentLinks {

  public static final String ROOT = "/documents";
  public static final String QUOTES = ROOT + "/quotes/";
  public static final String SAMPLES = ROOT + "/samples/";
  public static final String ORDERS = ROOT + "/orders/";
  public static final String SHIPMENTS = ROOT + "/shipments/";
  public static final String CHANGE_REQUESTS = ROOT + "/change-requests/";
  public static final String COMPLAINTS = ROOT + "/complaints/";
  public static final String STATEMENTS = ROOT + "/statements/";
  public static final String CREDIT_HOLD_RELEASES = ROOT + "/credit-hold-releases/";
  public static final String PRODUCTION_PLAN = "/production-plan";
  public static final String STOCK_NOTICE = "/stock-notice";
  public static final String SIGNED_QUOTE = "/signed.pdf";
  public static final String PDF = ".pdf";

  /**
   * A document number in a page's path, in any letter case; the page checks it further. Anything
   * else under {@link #ROOT} is not a page.
   */
  public static final String NUMBER = "[A-Za-z0-9-]+";

  private DocumentLinks() {}

  public static String quote(String quoteNumber) {
    return QUOTES + quoteNumber;
  }

  public static String sample(String sampleNumber) {
    return SAMPLES + sampleNumber;
  }

  public static String order(String orderNumber) {
    return ORDERS + orderNumber;
  }

  public static String productionPlan(String orderNumber) {
    return ORDERS + orderNumber + PRODUCTION_PLAN;
  }

  public static String shipment(String shipmentNumber) {
    return SHIPMENTS + shipmentNumber;
  }

  public static String stockNotice(String shipmentNumber) {
    return SHIPMENTS + shipmentNumber + STOCK_NOTICE;
  }

  public static String changeRequest(String requestNumber) {
    return CHANGE_REQUESTS + requestNumber;
  }

  public static String complaint(String complaintNumber) {
    return COMPLAINTS + complaintNumber;
  }

  public static String statement(String statementNumber) {
    return STATEMENTS + statementNumber;
  }

  public static String creditHoldRelease(String releaseNumber) {
    return CREDIT_HOLD_RELEASES + releaseNumber;
  }
}
