package com.gendan.conduct;

import com.gendan.data.Labeled;
import com.gendan.process.FormChoice;

/** The regulation's cases of commendation (第二章 四) and of violation (五), in its words. */
public enum ConductCategory implements FormChoice, Labeled {
  COMPANY_IMAGE("companyImage", ConductKind.COMMENDATION, "维护公司形象，争得荣誉"),
  RISK_PREVENTED("riskPrevented", ConductKind.COMMENDATION, "风险防范，减少或挽回公司损失"),
  BRAVERY("bravery", ConductKind.COMMENDATION, "为维护公司利益或财产见义勇为"),
  SUGGESTION_ADOPTED("suggestionAdopted", ConductKind.COMMENDATION, "合理化建议被采纳"),
  LONG_SERVICE("longService", ConductKind.COMMENDATION, "业绩优秀且工作年限长"),
  FULL_ATTENDANCE("fullAttendance", ConductKind.COMMENDATION, "工作兢兢业业、全年考勤全到"),
  OTHER_MERIT("otherMerit", ConductKind.COMMENDATION, "其它特殊优良事迹"),
  CUSTOMER_COMPLAINT("customerComplaint", ConductKind.VIOLATION, "服务态度或服务质量不良引起客户投诉"),
  CONFIDENTIALITY_BREACH("confidentialityBreach", ConductKind.VIOLATION, "泄露公司秘密或客户资料"),
  SELF_INTEREST("selfInterest", ConductKind.VIOLATION, "贪图自身利益损及客户或公司利益"),
  PROPERTY_NEGLECT("propertyNeglect", ConductKind.VIOLATION, "不爱护公司财产"),
  OTHER_VIOLATION("otherViolation", ConductKind.VIOLATION, "其它违规");

  private final String value;
  private final ConductKind kind;
  private final String label;

  ConductCategory(String value, ConductKind kind, String label) {
    this.value = value;
    this.kind = kind;
    this.label = label;
  }

  @Override
  public String value() {
    return value;
  }

  public ConductKind kind() {
    return kind;
  }

  @Override
  public String label() {
    return label;
  }
}
