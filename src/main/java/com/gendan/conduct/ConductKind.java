package com.gendan.conduct;

import com.gendan.data.Labeled;
import com.gendan.process.FormChoice;

/** What is reported about an assistant: a commendation (第二章 四) or a violation (五). */
public enum ConductKind implements FormChoice, Labeled {
  COMMENDATION("commendation", "嘉奖"),
  VIOLATION("violation", "违规");

  private final String value;
  private final String label;

  ConductKind(String value, String label) {
    this.value = value;
    this.label = label;
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public String label() {
    return label;
  }
}
