package com.gendan;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything the engine and Gendan keep, as one digest per table: two fingerprints are equal when
 * no row was added, removed or changed. Leaves out the tables the engine writes by itself in the
 * background (metrics), so that "nothing changed" can be asserted after a refused call.
 */
public final class DatabaseFingerprint {

  /** Written on a timer by the engine's metrics reporter, not by requests. */
  private static final Set<String> BACKGROUND =
      Set.of("ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG", "flyway_schema_history");

  private DatabaseFingerprint() {}

  /** Table name to a digest of its rows, in a stable order. */
  public static Map<String, String> of(JdbcTemplate jdbc) {
    List<String> tables =
        jdbc.queryForList(
            """
        SELECT table_name FROM information_schema.tables
        WHERE table_schema IN ('PUBLIC', 'public') AND table_type IN ('BASE TABLE', 'TABLE')
        ORDER BY table_name""",
            String.class);
    Map<String, String> digests = new LinkedHashMap<>();
    for (String table : tables) {
      if (BACKGROUND.stream().anyMatch(table::equalsIgnoreCase)) {
        continue;
      }
      // rows summed as numbers: independent of row order, and a repeated row still counts
      BigInteger[] sum = {BigInteger.ZERO};
      long[] rows = {0};
      jdbc.query(
          "SELECT * FROM \"" + table + "\"",
          row -> {
            StringBuilder line = new StringBuilder();
            int columns = row.getMetaData().getColumnCount();
            for (int i = 1; i <= columns; i++) {
              line.append(text(row.getObject(i))).append('\u001f');
            }
            sum[0] =
                sum[0].add(
                    new BigInteger(
                        1, sha256().digest(line.toString().getBytes(StandardCharsets.UTF_8))));
            rows[0]++;
          });
      digests.put(table, rows[0] + ":" + sum[0].toString(16));
    }
    return digests;
  }

  /** The value itself: LOBs by their content (their toString names a handle, new each read). */
  private static Object text(Object value) throws SQLException {
    if (value instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    if (value instanceof Blob blob) {
      return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
    }
    return value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
