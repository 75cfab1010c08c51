package com.gendan.conduct;

import com.gendan.data.Labeled;
import com.gendan.process.FormChoice;

/**
 * What a confirmed case earns (第二章 四: 嘉奖; 五: 警告、记过、经济处罚，情节严重者辞退), proposed by the sales manager and
 * approved by the general manager.
 */
public enum ConductDecision implements FormChoice, Labeled {
  COMMENDATION("commend", ConductKind.COMMENDATION, "嘉奖"),
  WARNING("warning", ConductKind.VIOLATION, "警告"),
  DEMERIT("demerit", ConductKind.VIOLATION, "记过"),
  FINE("fine", ConductKind.VIOLATION, "罚款"),
  DISMISSAL("dismissal", ConductKind.VIOLATION, "辞退");

  private final String value;
  private final ConductKind kind;
  private final String label;

  ConductDecision(String value, ConductKind kind, String label) {
    this.value = value;
    this.kind = kind;
    this.label = label;
  }

  @Override
  public String value() {
    return value;
  }

  /** The kind of case this decision answers. */
  public ConductKind kind() {
    return kind;
  }

  @Override
  public String label() {
    return label;
  }
}
