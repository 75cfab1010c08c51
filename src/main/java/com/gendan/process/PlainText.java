package com.gendan.process;

/**
 * Text as users may enter it: no control characters but line breaks and tabs. NUL cannot even be
 * stored in PostgreSQL; ESC and the like only garble logs, mails and documents.
 */
public final class PlainText {

  /** Why text with a control character is refused. */
  public static final String CONTROL_CHARACTERS = "不能包含控制字符";

  private PlainText() {}

  public static boolean hasControlCharacters(String text) {
    return text.chars()
        .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
  }
}
