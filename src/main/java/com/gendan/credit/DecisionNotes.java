package com.gendan.credit;

import com.gendan.problem.InvalidRequestException;
import com.gendan.process.PlainText;

/** The note an approver writes with an answer on a credit request: required with a refusal. */
final class DecisionNotes {

  static final int MAX_NOTE = 2000;

  private DecisionNotes() {}

  /**
   * The note as kept (stripped, null when blank).
   *
   * @throws InvalidRequestException naming {@code field}: no answer, a refusal without a note, a
   *     note too long or with control characters
   */
  static String checked(String field, CreditDecision decision, String note) {
    if (decision == null) {
      throw InvalidRequestException.of(field, "请选择同意或不同意");
    }
    boolean blank = note == null || note.isBlank();
    if (blank && decision == CreditDecision.REFUSE) {
      throw InvalidRequestException.of(field, "不同意时请写明原因");
    }
    if (!blank && note.length() > MAX_NOTE) {
      throw InvalidRequestException.of(field, "不能超过 " + MAX_NOTE + " 个字");
    }
    if (!blank && PlainText.hasControlCharacters(note)) {
      throw InvalidRequestException.of(field, PlainText.CONTROL_CHARACTERS);
    }
    return blank ? null : note.strip();
  }
}
