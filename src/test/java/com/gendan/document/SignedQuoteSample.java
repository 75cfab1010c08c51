package com.gendan.document;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A signed quote's model as the quote capability would supply it. */
final class SignedQuoteSample {

  static final String VERIFICATION_CODE = VerificationCode.of("Q2025-000123|2|HD-0086|CNY|3770.00");

  private SignedQuoteSample() {}

  static Map<String, Object> model() {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put(
        "company",
        Map.of(
            "name", "深圳市跟单科技有限公司",
            "address", "深圳市南山区科技园南区高新南七道 18 号",
            "phone", "0755-8888 6666"));
    model.put("quoteNumber", "Q2025-000123");
    model.put("revisionNo", 2);
    model.put("issuedDate", "2025-11-27");
    model.put("validUntil", "2025-12-31");
    model.put("customerName", "苏州恒达电子有限公司");
    model.put("customerCode", "HD-0086");
    model.put("contactName", "王建国");
    model.put("currency", "CNY");
    model.put(
        "lines",
        List.of(
            line(
                1,
                "CAP-0603-104K",
                "贴片电容",
                "0603 100nF ±10% 50V",
                "个",
                new BigDecimal("100000"),
                new BigDecimal("0.0125"),
                new BigDecimal("1250.00")),
            line(
                2,
                "RES-0402-1002F",
                "贴片电阻",
                "0402 10kΩ ±1% 1/16W",
                "个",
                new BigDecimal("200000"),
                new BigDecimal("0.006"),
                new BigDecimal("1200.00")),
            line(
                3,
                "IND-1210-4R7",
                "功率电感",
                "1210 4.7μH 2A",
                "卷",
                new BigDecimal("10000"),
                new BigDecimal("0.132"),
                new BigDecimal("1320.00"))));
    model.put("totalAmount", new BigDecimal("3770.00"));
    model.put("signatures", signatures());
    model.put("verificationCode", VERIFICATION_CODE);
    model.put("note", "含税 <13%> & 运费，交期为收到订金后 15 个工作日。");
    return model;
  }

  static List<Map<String, Object>> signatures() {
    return List.of(
        signature("业务主管", "孙丽", "2025-11-27 10:32", "价格符合本季度政策，同意。"),
        signature("总经理", "周刚", "2025-11-27 15:08", "同意"));
  }

  static Map<String, Object> line(
      int lineNo,
      String productCode,
      String productName,
      String spec,
      String unit,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal amount) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("lineNo", lineNo);
    line.put("productCode", productCode);
    line.put("productName", productName);
    line.put("spec", spec);
    line.put("unit", unit);
    line.put("quantity", quantity);
    line.put("unitPrice", unitPrice);
    line.put("amount", amount);
    return line;
  }

  private static Map<String, Object> signature(
      String roleName, String userName, String signedAt, String comment) {
    Map<String, Object> signature = new LinkedHashMap<>();
    signature.put("roleName", roleName);
    signature.put("userName", userName);
    signature.put("signedAt", signedAt);
    signature.put("comment", comment);
    return signature;
  }
}
