package com.gendan.production;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.gendan.data.Labeled;
import java.util.Locale;

/** What went wrong in production. */
public enum ExceptionKind implements Labeled {
  LATE("交期延误"),
  SHORT("数量短缺"),
  QUALITY("品质异常"),
  OTHER("其他异常"),

  /** Gives way to another order's urgent demand, as top management decided; never reported. */
  YIELD("紧急需求让步");

  private final String label;

  ExceptionKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @JsonCreator
  public static ExceptionKind of(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
