package com.gendan.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  @Test
  void rendersTheNotificationInChineseWithSubjectHtmlAndPlainText() {
    RenderedMail mail =
        templates.render(
            "notification",
            Map.of(
                "title", "报价单 Q-2026-042 已发送",
                "greeting", "王经理：",
                "paragraphs", List.of("附件是贵司询价的报价单，请查收。", "报价有效期至 2026年3月31日。"),
                "link", "https://gendan.example/quotes/42",
                "linkText", "查看报价单"));

    assertThat(mail.subject()).isEqualTo("报价单 Q-2026-042 已发送");
    assertThat(mail.html())
        .contains("<title>报价单 Q-2026-042 已发送</title>")
        .contains("<p>王经理：</p>")
        .contains("<p>附件是贵司询价的报价单，请查收。</p>")
        .contains("<p>报价有效期至 2026年3月31日。</p>")
        .contains("<a href=\"https://gendan.example/quotes/42\">查看报价单</a>")
        .contains("此邮件由跟单系统自动发送，请勿直接回复。")
        .doesNotContain("th:");
    assertThat(mail.text())
        .isEqualTo(
            """
        报价单 Q-2026-042 已发送

        王经理：

        附件是贵司询价的报价单，请查收。

        报价有效期至 2026年3月31日。

        查看报价单：https://gendan.example/quotes/42

        --
        此邮件由跟单系统自动发送，请勿直接回复。
        """);
  }

  @Test
  void leavesOutWhatTheModelDoesNotHave() {
    RenderedMail mail =
        templates.render("notification", Map.of("title", "样品已寄出", "paragraphs", List.of("样品已寄出。")));

    assertThat(mail.text())
        .isEqualTo(
            """
        样品已寄出

        样品已寄出。

        --
        此邮件由跟单系统自动发送，请勿直接回复。
        """);
    assertThat(mail.html()).doesNotContain("<a ").doesNotContain("null");
  }

  @Test
  void escapesModelValuesInHtmlButNotInTheSubjectOrPlainText() {
    RenderedMail mail =
        templates.render(
            "notification",
            Map.of("title", "客诉 <C-7> & 退货", "paragraphs", List.of("<script>alert(1)</script>")));

    assertThat(mail.subject()).isEqualTo("客诉 <C-7> & 退货");
    assertThat(mail.html())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>");
    assertThat(mail.text()).contains("<script>alert(1)</script>");
  }

  @Test
  void refusesTemplateNamesThatAreNotPlainNames() {
    assertThatThrownBy(() -> templates.render("../application", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void failsForAnUnknownTemplate() {
    assertThatThrownBy(() -> templates.render("no-such-template", Map.of("title", "x")))
        .hasMessageContaining("no-such-template");
  }
}
