package com.gendan.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mail templates in {@code templates/mail/}. A template {@code <name>} is two files:
 * {@code <name>.html} (the HTML part; its {@code <title>} is the subject) and {@code <name>.txt}
 * (the plain-text part, Thymeleaf TEXT mode). Both see the same model.
 *
 * <p>A template engine of its own, so mail rendering neither depends on nor changes the web
 * configuration of Thymeleaf.
 */
@Component
class MailTemplates {

  static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

  private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

  private final TemplateEngine engine = new SpringTemplateEngine();

  MailTemplates() {
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
  }

  RenderedMail render(String template, Map<String, Object> model) {
    if (!TEMPLATE_NAME.matcher(template).matches()) {
      throw new IllegalArgumentException("Not a mail template name: " + template);
    }
    Context context = new Context(LOCALE, model);
    String html = engine.process(template + ".html", context);
    String text = engine.process(template + ".txt", context);
    return new RenderedMail(subjectOf(template, html), html, text.strip() + "\n");
  }

  private static String subjectOf(String template, String html) {
    Matcher title = TITLE.matcher(html);
    String subject =
        title.find() ? HtmlUtils.htmlUnescape(title.group(1)).strip().replaceAll("\\s+", " ") : "";
    if (subject.isEmpty()) {
      throw new IllegalStateException(
          "Mail template " + template + ".html renders no <title> to use as subject");
    }
    return subject;
  }

  private static ClassLoaderTemplateResolver resolver(
      TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }
}
