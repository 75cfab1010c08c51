package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.KeyboardModifier;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
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

  /** How a form's date field takes a typed date (its placeholder says yyyy/mm/dd). */
  public static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  /**
   * How long a step may wait for the page: the webapps load megabytes of script and render with the
   * application server on the same two cores, so a loaded machine takes tens of seconds for what
   * takes one alone. Steps wait on the page's state, never on time; this only bounds them.
   */
  public static final double PATIENCE_MILLIS = 45_000;

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

  /** What a message a person reads must never carry: an engine code, a stack's words, a uuid. */
  private static final Pattern ENGINE_CODE =
      Pattern.compile("ENGINE-|Exception|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-");

  /** Characters a label must escape in a pattern that Playwright hands on to JavaScript. */
  private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

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
    PlaywrightAssertions.setDefaultAssertionTimeout(PATIENCE_MILLIS);
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
    page.setDefaultTimeout(PATIENCE_MILLIS);
    return page;
  }

  /**
   * Logs {@code userId} into a Camunda webapp ({@code tasklist}, {@code cockpit}, {@code admin},
   * {@code welcome}) through its login form, and waits until the header shows her name.
   */
  public Page loggedInto(String app, String userId, String password) {
    Page page = newPage();
    page.navigate("/camunda/app/" + app + "/default/");
    Locator username = page.locator("input[ng-model=username]");
    Locator secret = page.locator("input[ng-model=password]");
    try {
      username.waitFor();
    } catch (TimeoutError blank) {
      // the webapp's scripts did not start on a loaded machine: she reloads the page, once
      screenshot(page, "login-page-blank-" + app + "-" + userId);
      page.reload();
    }
    // the login page may still be setting itself up (it focuses the user name) while the fields
    // are filled on a loaded machine: fill again until both hold what was typed
    for (int attempt = 1;
        attempt <= 3
            && !(username.inputValue().equals(userId) && secret.inputValue().equals(password));
        attempt++) {
      username.fill(userId);
      secret.fill(password);
    }
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

  /** Sends the start form in the 发起流程 dialog: the engine answers 200, the dialog closes. */
  public static void startProcess(Page page) {
    Response started = sendStartForm(page);
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    page.locator(".modal")
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    assertNoEngineCode(page);
  }

  /**
   * Clicks 发起 in the 发起流程 dialog once form-js holds a valid form, and answers the engine's response
   * to the form.
   */
  public static Response sendStartForm(Page page) {
    Locator start = page.locator(".modal-footer button.btn-primary");
    awaitValidForm(page, page.locator(".modal .fjs-form"), start, "start-form");
    return page.waitForResponse(response -> response.url().endsWith("/submit-form"), start::click);
  }

  /** Tasklist's 发起流程 dialog with the start form of the process named {@code processName}. */
  public static void openStartForm(Page page, String processName) {
    TYPED.remove(page);
    try {
      page.locator(".start-process-action a").click();
      page.locator(".modal-body a")
          .filter(new Locator.FilterOptions().setHasText(processName))
          .click();
      page.locator(".modal .fjs-form").waitFor();
    } catch (RuntimeException e) {
      screenshot(page, "open-start-form-failed-" + processName);
      throw e;
    }
  }

  /**
   * Opens a task from its card, as its user does: the filter, the card naming the task and the
   * document, the task's form; claims it first when it is offered to her groups.
   */
  public static void openTask(Page page, String filter, String taskName, String documentNumber) {
    try {
      openTaskCard(page, filter, taskName, documentNumber);
    } catch (RuntimeException e) {
      screenshot(page, "open-task-failed-" + taskName);
      throw e;
    }
    assertChinese(page);
    assertNoEngineCode(page);
  }

  private static void openTaskCard(
      Page page, String filter, String taskName, String documentNumber) {
    TYPED.remove(page);
    Locator heading =
        page.locator(".task-card h2").filter(new Locator.FilterOptions().setHasText(taskName));
    // Gendan's filters refresh their list by themselves (property refresh): no reload needed.
    // Right after a task of the same name was completed, the list may still show its card for a
    // moment, and that task is gone: the list is opened again, as a person would.
    for (int attempt = 1; ; attempt++) {
      page.navigate("/camunda/app/tasklist/default/#/");
      page.locator(".task-filters :text('" + filter + "'):visible").first().click();
      Locator card =
          page.locator("li.task")
              .filter(new Locator.FilterOptions().setHasText(taskName))
              .filter(new Locator.FilterOptions().setHasText(documentNumber));
      card.locator("h4 a").first().click();
      try {
        heading.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        break;
      } catch (RuntimeException stale) {
        if (attempt == 3) {
          throw stale;
        }
        // Tasklist said (in Chinese) that the task is gone; she closes the message, as it would
        // cover the form's buttons
        closeNotifications(page);
      }
    }
    page.locator(".task-card .fjs-form").waitFor();
    Locator claim = page.locator(".task-card button.claim");
    if (claim.isVisible()) {
      claim.click();
      claim.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }
  }

  /** The input of the form field labelled {@code label} (a required one's label ends in *). */
  public static Locator field(Page page, String label) {
    return page.locator(".fjs-form").getByLabel(labelled(label));
  }

  /** The whole form field labelled {@code label}: label, input, description, error message. */
  public static Locator formField(Page page, String label) {
    return page.locator(".fjs-form-field")
        .filter(new Locator.FilterOptions().setHas(page.getByLabel(labelled(label))));
  }

  private static Pattern labelled(String label) {
    return Pattern.compile("^" + REGEX_SPECIAL.matcher(label).replaceAll("\\\\$0") + "\\*?$");
  }

  /** form-js's message under the field labelled {@code label}. */
  public static Locator fieldError(Page page, String label) {
    return formField(page, label).locator(".fjs-form-field-error");
  }

  /**
   * Types {@code text} into a form field as a person does: selects what is there, types over it key
   * by key and leaves the field with Tab, which is when form-js takes and checks the value.
   */
  public static void type(Page page, String label, String text) {
    type(field(page, label), text);
  }

  /** Types {@code text} into {@code field} as {@link #type(Page, String, String)} does. */
  public static void type(Locator field, String text) {
    TYPED.computeIfAbsent(field.page(), page -> new ArrayList<>()).add(new Typed(field, text));
    typeKeys(field, text);
  }

  /** What was typed into the form open on a page, to type again what the form lost. */
  private record Typed(Locator field, String text) {}

  private static final Map<Page, List<Typed>> TYPED = new WeakHashMap<>();

  private static void typeKeys(Locator field, String text) {
    // a field that Tab has just entered may have opened its drop-down over itself
    if (!(Boolean) field.evaluate("input => input === document.activeElement")) {
      field.click();
    }
    field.press("ControlOrMeta+A");
    field.press("Delete");
    field.pressSequentially(text);
    if (!text.equals(field.inputValue())) {
      // under load the first keys can be lost while form-js re-renders after the last field
      // (seen: "C0805-106" for "EC-C0805-106", or nothing at all)
      field.fill(text);
    }
    field.press("Tab");
  }

  /** Clicks the radio button or checkbox named {@code option}. */
  public static void choose(Page page, String option) {
    page.locator(".fjs-form")
        .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(option).setExact(true))
        .click();
  }

  /** Opens the drop-down labelled {@code label} and clicks its {@code option}. */
  public static void select(Page page, String label, String option) {
    Locator field = formField(page, label);
    Locator item =
        field
            .locator(".fjs-dropdownlist-item")
            .filter(new Locator.FilterOptions().setHasText(option))
            .first();
    // Tab from the field before opens the drop-down as it enters it: a click would close it again
    if (!item.isVisible()) {
      field.locator(".fjs-select-display").click();
    }
    item.click();
  }

  /**
   * Clicks the task form's 提交 and waits for the engine's answer: 204, and no message with an engine
   * code.
   */
  public static void complete(Page page) {
    Locator submit = page.locator(".task-card button[ng-click='complete()']");
    awaitValidForm(page, page.locator(".task-card .fjs-form"), submit, "task-form");
    Response submitted =
        page.waitForResponse(response -> response.url().endsWith("/submit-form"), submit::click);
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(204);
    page.locator(".task-card .fjs-form")
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    assertNoEngineCode(page);
  }

  /**
   * Waits until Tasklist enables the form's button, which it does once form-js reports the form
   * free of errors. On a loaded machine form-js may hold an older value than the field shows (its
   * input is debounced and a re-render can overtake it): a person sees the button stay grey and
   * enters the fields again: what she typed where the field lost it (a form set up again shows it
   * empty), and each other text field with what it shows, once. A value that is really invalid
   * stays invalid and the walk fails, with a screenshot and form-js's messages.
   */
  private static void awaitValidForm(Page page, Locator form, Locator button, String what) {
    if (enabledWithin(button, 5_000)) {
      return;
    }
    // a form set up again under load shows its fields empty: what was typed is typed again
    for (Typed typed : TYPED.getOrDefault(page, List.of())) {
      if (typed.field().count() == 1 && !typed.text().equals(typed.field().inputValue())) {
        typeKeys(typed.field(), typed.text());
      }
    }
    for (Locator input :
        form.locator(".fjs-form-field-textfield input, .fjs-form-field-textarea textarea").all()) {
      if (input.isVisible() && input.isEditable() && !input.inputValue().isEmpty()) {
        input.click();
        input.press("End");
        input.press("Space");
        input.press("Backspace");
        input.press("Tab");
      }
    }
    if (!enabledWithin(button, PATIENCE_MILLIS)) {
      Path shot = screenshot(page, what + "-stays-invalid");
      throw new AssertionError(
          what
              + " stays invalid; form-js says "
              + form.locator(".fjs-form-field-error").allInnerTexts()
              + "; see "
              + shot);
    }
  }

  private static boolean enabledWithin(Locator button, double millis) {
    try {
      button
          .page()
          .waitForCondition(
              button::isEnabled, new Page.WaitForConditionOptions().setTimeout(millis));
      return true;
    } catch (TimeoutError notYet) {
      return false;
    }
  }

  /**
   * Closes Tasklist's messages, as a person does once she read them (they cover the form's
   * buttons); each must read without an engine code.
   */
  public static void closeNotifications(Page page) {
    assertNoEngineCode(page);
    page.locator(".notifications .close:visible").all().forEach(Locator::click);
  }

  /** Every notification Tasklist shows reads without an engine code. */
  public static void assertNoEngineCode(Page page) {
    for (String notification : page.locator(".notifications").allInnerTexts()) {
      assertThat(notification).doesNotContainPattern(ENGINE_CODE);
    }
  }

  /**
   * Opens the form's link to a printable document in a new tab (Ctrl+click, as a person keeps her
   * task open) and checks that it reads as Chinese and shows {@code expected}; answers the page.
   */
  public static Page openDocument(Page page, String linkText, String... expected) {
    Locator link =
        page.locator(".fjs-container a").filter(new Locator.FilterOptions().setHasText(linkText));
    Page document =
        page.context()
            .waitForPage(
                () ->
                    link.first()
                        .click(
                            new Locator.ClickOptions()
                                .setModifiers(List.of(KeyboardModifier.CONTROLORMETA))));
    document.waitForLoadState();
    assertThat(document.locator("body").innerText()).contains(expected);
    assertThat(englishPhrases(document)).as("English on %s", document.url()).isEmpty();
    assertThat(document.locator("body").innerText()).doesNotContainPattern(ENGINE_CODE);
    return document;
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}
