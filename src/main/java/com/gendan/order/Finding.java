package com.gendan.order;

/** What a review found: the kind, the line (null for the whole order) and why, in Chinese. */
record Finding(FindingCode code, Integer lineNo, String explanation) {

  String describe() {
    return (lineNo == null ? "整单" : "第" + lineNo + "行") + " [" + code.name() + "] "
        + code.label() + "：" + explanation;
  }
}
