package com.gendan.order;

/**
 * What a review found: the kind, the line (null for the whole order), why, in Chinese, and what
 * exactly it judged (the subject: the line's product and the values checked, or the missing
 * requirement), so that a settlement covers the same content only.
 */
record Finding(FindingCode code, Integer lineNo, String explanation, String subject) {

  /** As forms and mails show it: the line, the kind in Chinese (never its code), why. */
  String describe() {
    return (lineNo == null ? "整单" : "第" + lineNo + "行") + " 【" + code.label() + "】" + explanation;
  }
}
