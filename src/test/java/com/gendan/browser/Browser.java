package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Chromium, headless, driven by Playwright as a person in Suzhou would use it: a Chinese
 * browser on Shanghai time. The launch flags keep Chromium off the network (the machines have none)
 * and let it run as root. Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

  /** Where Debian installs Chromium; {@code .ci/run} installs it when it is missing. */
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

  static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  /** Two English words in a row: chrome the Chinese locale missed (codes and names are not). */
  private static final Pattern ENGLISH_PHRASE =
      Pattern.compile("\\b[A-Za-z][a-z]{2,}\\s+[a-z]{3,}");

  /** What the footer and product names may say in Latin letters. */
  private static final List<String> LATIN_ALLOWED = List.of("Camunda Platform");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser chromium;
  private final String baseUrl;

  public Browser(int port) {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          CHROMIUM + " is missing: install Debian's chromium and fonts-noto-cjk (.ci/run does)");
    }
    this.playwright = Playwright.create();
    this.chromium =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(FLAGS));
    this.baseUrl = "http://localhost:" + port;
  }

  /** A fresh browser window (own cookies) in Chinese, on Shanghai time. */
  public Page newPage() {
    Page page =
        chromium
            .newContext(
                new NewContextOptions()
                    .setBaseURL(baseUrl)
                    .setLocale("zh-CN")
                    .setTimezoneId("Asia/Shanghai")
                    .setViewportSize(1366, 860))
            .newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  /**
   * Logs {@code userId} into a Camunda webapp ({@code tasklist}, {@code cockpit}, {@code admin},
   * {@code welcome}) through its login form, and waits until the header shows her name.
   */
  public Page loggedInto(String app, String userId, String password) {
    Page page = newPage();
    page.navigate("/camunda/app/" + app + "/default/");
    page.locator("input[ng-model=username]").fill(userId);
    page.locator("input[ng-model=password]").fill(password);
    page.locator("button[type=submit]").click();
    try {
      page.locator("[cam-widget-header] .account").waitFor();
    } catch (RuntimeException e) {
      screenshot(page, "login-failed-" + app + "-" + userId);
      throw e;
    }
    return page;
  }

  /** Saves what the page shows as {@code target/screenshots/NAME.png}. */
  public static Path screenshot(Page page, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path file = SCREENSHOTS.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file));
    return file;
  }

  /** English phrases among what the page shows a person. */
  public static List<String> englishPhrases(Page page) {
    String shown = page.locator("body").innerText();
    for (String allowed : LATIN_ALLOWED) {
      shown = shown.replace(allowed, "");
    }
    List<String> found = new ArrayList<>();
    Matcher phrase = ENGLISH_PHRASE.matcher(shown);
    while (phrase.find()) {
      found.add(phrase.group());
    }
    return found;
  }

  /** The page reads as Chinese: no English phrase, a Chinese title, no migration banner. */
  public static void assertChinese(Page page) {
    assertThat(englishPhrases(page)).as("English on %s", page.url()).isEmpty();
    assertThat(page.title()).startsWith("跟单");
    assertThat(page.locator(".ce-eol-banner:visible").count()).isZero();
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}
