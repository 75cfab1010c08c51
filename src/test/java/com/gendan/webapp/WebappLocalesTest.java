package com.gendan.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gendan's Chinese locale of each Camunda webapp covers every key of the English locale that the
 * webapp of this Camunda version ships (read from the webjar on the classpath): a missing key would
 * show the key or English in the middle of Chinese chrome. Values keep the placeholders the webapp
 * fills in, and the date locale keeps moment's structure.
 */
class WebappLocalesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  /** AngularJS interpolations, printf markers and HTML tags: filled in or rendered by the app. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}|%[sd]|<[^>]+>");

  /** Latin words of three or more letters in a row: English text, not a code or a name. */
  private static final Pattern ENGLISH_PHRASE = Pattern.compile("[a-z]{3,}\\s+[a-z]{3,}");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseCoversEveryEnglishKeyWithItsPlaceholders(String app) throws IOException {
    JsonNode english = read(app, "en");
    JsonNode chinese = read(app, "zh");
    Map<String, String> englishValues = flatten(english);
    Map<String, String> chineseValues = flatten(chinese);

    List<String> problems = new ArrayList<>();
    englishValues.forEach(
        (key, en) -> {
          String zh = chineseValues.get(key);
          if (zh == null) {
            problems.add(key + ": missing");
          } else if (!en.isBlank() && zh.isBlank() && !isPluralSuffix(en)) {
            problems.add(key + ": empty");
          } else if (!placeholders(en).equals(placeholders(zh))) {
            problems.add(
                key + ": placeholders " + placeholders(en) + " became " + placeholders(zh));
          } else if (ENGLISH_PHRASE.matcher(withoutPlaceholders(zh)).find()
              && !zh.codePoints().anyMatch(WebappLocalesTest::isHan)) {
            problems.add(key + ": still English: " + zh);
          }
        });
    chineseValues.keySet().stream()
        .filter(key -> !englishValues.containsKey(key))
        .forEach(key -> problems.add(key + ": not a key of this webapp"));

    assertThat(englishValues).as("English keys of %s", app).hasSizeGreaterThan(100);
    assertThat(problems).as("Chinese locale of %s", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void chineseDatesAreWrittenAsTheDepartmentWritesThem(String app) throws IOException {
    JsonNode dates = read(app, "zh").path("dateLocales");
    assertThat(dates.path("longDateFormat").path("L").asText()).isEqualTo("YYYY-MM-DD");
    assertThat(dates.path("longDateFormat").path("LLL").asText()).isEqualTo("YYYY-MM-DD HH:mm");
    assertThat(dates.path("months")).hasSize(12);
    assertThat(dates.path("months").get(11).asText()).isEqualTo("十二月");
    assertThat(dates.path("weekdaysMin").get(0).asText()).isEqualTo("日");
  }

  /**
   * English's "s" after a count ("5 instance" + "s"): Chinese has no plural, so its value is empty.
   */
  private static boolean isPluralSuffix(String english) {
    return english.equals("s");
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    found.sort(null);
    return found;
  }

  private static String withoutPlaceholders(String text) {
    return PLACEHOLDER.matcher(text).replaceAll("");
  }

  private JsonNode read(String app, String locale) throws IOException {
    String path = LOCALES.formatted(app, locale);
    URL resource = getClass().getClassLoader().getResource(path);
    assertThat(resource).as(path).isNotNull();
    try (InputStream in = resource.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Camunda's own files start with a byte order mark
      return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  /** Every text value under its JSON path, e.g. {@code labels.CLAIM} or {@code months[0]}. */
  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> values = new TreeMap<>();
    flatten("", node, values);
    return values;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> values) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field ->
                  flatten(
                      path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                      field.getValue(),
                      values));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), values);
      }
    } else if (node.isTextual()) {
      values.put(path, node.asText());
    }
  }
}
