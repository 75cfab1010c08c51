package com.gendan.orderchange;

import com.gendan.data.Labeled;
import com.gendan.process.FormChoice;

/** What a request asks for: a change of lines, or the cancellation of the order (or its rest). */
public enum ChangeKind implements Labeled, FormChoice {
  CHANGE("change", "变更"),
  CANCEL("cancel", "取消");

  private final String value;
  private final String label;

  ChangeKind(String value, String label) {
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
