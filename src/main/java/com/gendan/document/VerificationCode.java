package com.gendan.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A short code printed on a business document (校验码) so that a paper or PDF copy can be checked
 * against the system: the system recomputes the code from the document's canonical content and
 * compares.
 *
 * <p>The code is the first 64 bits of the SHA-256 digest of the UTF-8 encoded content, as 16
 * upper-case hex digits grouped by four, e.g. {@code 3F2A-91C0-7B44-E1D9}. It detects changes and
 * typing mistakes; it is not a signature (anyone who knows the content can compute it).
 */
public final class VerificationCode {

  private static final int HEX_DIGITS = 16;
  private static final int GROUP = 4;

  private VerificationCode() {}

  /**
   * @param canonicalContent the document's content in one agreed, stable form (same fields, same
   *     order, same number formatting every time it is computed)
   * @return the code, {@code XXXX-XXXX-XXXX-XXXX}
   */
  public static String of(String canonicalContent) {
    Objects.requireNonNull(canonicalContent, "canonicalContent");
    String hex =
        HexFormat.of()
            .withUpperCase()
            .formatHex(sha256(canonicalContent.getBytes(StandardCharsets.UTF_8)))
            .substring(0, HEX_DIGITS);
    StringBuilder code = new StringBuilder(HEX_DIGITS + HEX_DIGITS / GROUP);
    for (int i = 0; i < HEX_DIGITS; i += GROUP) {
      if (i > 0) {
        code.append('-');
      }
      code.append(hex, i, i + GROUP);
    }
    return code.toString();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
