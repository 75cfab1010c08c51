package com.gendan.data;

import java.util.Locale;

/**
 * Customer and product codes are kept in upper case, so that two codes differing only in letter
 * case ({@code c001}, {@code C001}) are one code: every code typed in is normalised before it is
 * stored or looked up, and the database refuses a code that is not (V11).
 */
public final class Codes {

  private Codes() {}

  /** The code as stored: without surrounding blanks, in upper case; null stays null. */
  public static String normalized(String code) {
    return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
  }
}
