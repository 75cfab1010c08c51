package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.GendanSpringBootTest;
import com.gendan.WebClient;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Cockpit, Admin and the welcome page speak Chinese to whoever may open them. */
@GendanSpringBootTest
class WebappsBrowserIT {

  @LocalServerPort int port;

  @Test
  void adminReadsCockpitAdminAndWelcomeInChinese() {
    try (Browser browser = new Browser(port)) {
      Page page = browser.loggedInto("cockpit", "admin", WebClient.DEMO_PASSWORD);
      page.locator(".dashboard").first().waitFor();
      page.waitForLoadState();
      Browser.assertChinese(page);
      assertThat(page.locator("[cam-widget-header]").innerText()).contains("驾驶舱");
      Browser.screenshot(page, "cockpit");

      page.navigate("/camunda/app/cockpit/default/#/processes");
      page.locator(".processes-dashboard, [cam-widget-search], table").first().waitFor();
      Browser.assertChinese(page);
      Browser.screenshot(page, "cockpit-processes");

      page.navigate("/camunda/app/admin/default/#/users");
      page.locator("table").first().waitFor();
      Browser.assertChinese(page);
      assertThat(page.locator("body").innerText()).contains("用户");
      Browser.screenshot(page, "admin-users");

      page.navigate("/camunda/app/welcome/default/");
      page.locator(".webapps, .apps, [cam-widget-header]").first().waitFor();
      Browser.assertChinese(page);
      Browser.screenshot(page, "welcome");
    }
  }

  @Test
  void loginPageIsChinese() {
    try (Browser browser = new Browser(port)) {
      Page page = browser.newPage();
      page.navigate("/camunda/app/tasklist/default/");
      page.locator("input[ng-model=username]").waitFor();
      assertThat(page.locator("input[ng-model=username]").getAttribute("placeholder"))
          .isEqualTo("用户名");
      assertThat(page.locator("button[type=submit]").innerText()).contains("登录");
      Browser.assertChinese(page);
      Browser.screenshot(page, "login");
    }
  }
}
