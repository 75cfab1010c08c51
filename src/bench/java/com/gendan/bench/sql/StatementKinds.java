package com.gendan.bench.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a statement does, roughly, for the SQL breakdown: its verb and the first table it names,
 * e.g. {@code select ACT_RU_TASK} or {@code insert mail_outbox}. Camunda's tables are shown in
 * upper case, Gendan's in lower case.
 */
public final class StatementKinds {

  private static final List<Write> WRITES =
      List.of(
          new Write("insert", Pattern.compile("^\\s*insert\\s+into\\s+([\\w.\"]+)")),
          new Write("update", Pattern.compile("^\\s*update\\s+([\\w.\"]+)")),
          new Write("delete", Pattern.compile("^\\s*delete\\s+from\\s+([\\w.\"]+)")));
  private static final Pattern FROM = Pattern.compile("\\bfrom\\s+([a-z_][\\w.\"]*)");

  private StatementKinds() {}

  private static final int CACHE_LIMIT = 20_000;
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  public static String of(String sql) {
    String known = CACHE.get(sql);
    if (known != null) {
      return known;
    }
    String kind = classify(sql);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(sql, kind);
    }
    return kind;
  }

  private static String classify(String sql) {
    String text = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (Write write : WRITES) {
      Matcher matcher = write.pattern().matcher(text);
      if (matcher.find()) {
        return write.verb() + " " + table(matcher.group(1));
      }
    }
    Matcher from = FROM.matcher(text);
    String verb =
        text.stripLeading().startsWith("select") || text.stripLeading().startsWith("(")
            ? "select"
            : text.strip().split(" ")[0];
    return from.find() ? verb + " " + table(from.group(1)) : verb + " (no table)";
  }

  private record Write(String verb, Pattern pattern) {}

  private static String table(String name) {
    String bare = name.replace("\"", "");
    bare = bare.substring(bare.lastIndexOf('.') + 1);
    return bare.startsWith("act_") ? bare.toUpperCase(Locale.ROOT) : bare;
  }
}
