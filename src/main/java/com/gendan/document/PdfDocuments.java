package com.gendan.document;

import com.gendan.time.ClockConfiguration;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders business documents (quotes, statements, ...) as PDF: a Thymeleaf template from {@code
 * templates/documents/<template>.html} is filled with a model and laid out as A4 pages by
 * openhtmltopdf (on Apache PDFBox).
 *
 * <p>Text is set in WenQuanYi Micro Hei (文泉驿微米黑, shipped in {@code fonts/}), which covers
 * Simplified Chinese and Latin. Only the glyphs a document uses are embedded (subset), so the PDF
 * shows the same on any viewer and its text can be searched and copied. Templates select it with
 * {@code font-family: "WenQuanYi Micro Hei"} ({@link #FONT_FAMILY}).
 *
 * <p>Templates are processed in Thymeleaf's XML mode: they must be well-formed XHTML (no {@code
 * &nbsp;}; use {@code &#160;}), which is what the PDF renderer reads. Besides the caller's model
 * every template sees {@code fmt}, a {@link DocumentFormat} for numbers.
 *
 * <p>Thread-safe; each call builds its own PDF document.
 */
@Component
public class PdfDocuments {

  /** The CSS font family under which the Chinese font is registered. */
  public static final String FONT_FAMILY = "WenQuanYi Micro Hei";

  /** The font's PostScript name; embedded subsets are named {@code ABCDEF+WenQuanYiMicroHei}. */
  public static final String FONT_NAME = "WenQuanYiMicroHei";

  static final String FONT_RESOURCE = "fonts/wqy-microhei.ttc";
  static final String TEMPLATE_FOLDER = "templates/documents/";
  static final String FORMAT_VARIABLE = "fmt";

  private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Locale DOCUMENT_LOCALE = Locale.SIMPLIFIED_CHINESE;

  private final TemplateEngine templates;
  private final DocumentFormat format;
  private volatile byte[] fontCollection;

  /** Times in the department's default zone ({@code Asia/Shanghai}). */
  public PdfDocuments() {
    this(ZoneId.of(ClockConfiguration.DEFAULT_ZONE));
  }

  /** Times in the clock's zone ({@code gendan.time-zone}). */
  @Autowired
  public PdfDocuments(Clock clock) {
    this(clock.getZone());
  }

  private PdfDocuments(ZoneId zone) {
    this.format = new DocumentFormat(zone);
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(PdfDocuments.class.getClassLoader());
    resolver.setPrefix(TEMPLATE_FOLDER);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    // an engine of its own: the application's engine resolves mail templates in HTML mode
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    this.templates = engine;
  }

  /**
   * @param template name of the template in {@code templates/documents/}, without {@code .html}
   *     (lower-case kebab-case, e.g. {@code signed-quote})
   * @param model the template's variables; see the comment at the top of each template
   * @return the PDF file's bytes
   * @throws IllegalArgumentException if the template name is not kebab-case
   * @throws org.thymeleaf.exceptions.TemplateInputException if there is no such template or it is
   *     not well-formed
   * @throws UncheckedIOException if the PDF cannot be produced
   */
  public byte[] render(String template, Map<String, Object> model) {
    return toPdf(xhtml(template, model));
  }

  /**
   * The filled template itself, well-formed XHTML, which browsers show as the document's page: the
   * same text the PDF is laid out from.
   *
   * @see #render(String, Map)
   */
  public String xhtml(String template, Map<String, Object> model) {
    Objects.requireNonNull(template, "template");
    if (!TEMPLATE_NAME.matcher(template).matches()) {
      throw new IllegalArgumentException("document template name must be kebab-case: " + template);
    }
    Map<String, Object> variables = new HashMap<>(model == null ? Map.of() : model);
    variables.putIfAbsent(FORMAT_VARIABLE, format);
    return templates.process(template, new Context(DOCUMENT_LOCALE, variables));
  }

  private byte[] toPdf(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try (TrueTypeCollection collection =
            new TrueTypeCollection(new ByteArrayInputStream(fontCollection()));
        PDDocument pdf = new PDDocument()) {
      TrueTypeFont trueType = collection.getFontByName(FONT_NAME);
      if (trueType == null) {
        throw new IllegalStateException(FONT_RESOURCE + " holds no font named " + FONT_NAME);
      }
      // PDFBox embeds only the glyphs used when the document is saved (embedSubset = true)
      PDType0Font font = PDType0Font.load(pdf, trueType, true);
      PDFontSupplier supplier = new PDFontSupplier(font);
      PdfRendererBuilder builder =
          new PdfRendererBuilder()
              .useFastMode()
              .usePDDocument(pdf)
              .withProducer("Gendan")
              // the font has a single weight: let bold text (e.g. <th>) use it too instead of
              // falling back to a built-in font without Chinese glyphs
              .useFont(supplier, FONT_FAMILY, 400, FontStyle.NORMAL, true)
              .useFont(supplier, FONT_FAMILY, 700, FontStyle.NORMAL, true)
              .withHtmlContent(xhtml, baseUri())
              .toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render PDF document", e);
    }
    return out.toByteArray();
  }

  private static String baseUri() {
    var folder = PdfDocuments.class.getClassLoader().getResource(TEMPLATE_FOLDER);
    return folder == null ? null : folder.toExternalForm();
  }

  /** The font collection, read from the classpath once (about 5 MB) and parsed per document. */
  private byte[] fontCollection() throws IOException {
    byte[] bytes = fontCollection;
    if (bytes == null) {
      synchronized (this) {
        bytes = fontCollection;
        if (bytes == null) {
          try (InputStream in =
              PdfDocuments.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("font missing from the classpath: " + FONT_RESOURCE);
            }
            bytes = in.readAllBytes();
          }
          fontCollection = bytes;
        }
      }
    }
    return bytes;
  }
}
