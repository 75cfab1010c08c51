package com.gendan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {

  private static final PdfDocuments DOCUMENTS = new PdfDocuments();
  private static byte[] signedQuote;

  @BeforeAll
  static void renderSignedQuote() {
    signedQuote = DOCUMENTS.render("signed-quote", SignedQuoteSample.model());
  }

  @Test
  void isAPdf() {
    assertThat(signedQuote).startsWith("%PDF-".getBytes());
  }

  @Test
  void signedQuoteShowsItsContentAsExtractableChineseText() throws IOException {
    String text = text(signedQuote);

    assertThat(text)
        .contains("报价单")
        .contains("深圳市跟单科技有限公司")
        .contains("Q2025-000123")
        .contains("苏州恒达电子有限公司")
        .contains("HD-0086")
        .contains("贴片电容")
        .contains("0603 100nF")
        .contains("业务主管")
        .contains("孙丽")
        .contains("总经理")
        .contains("周刚")
        .contains("本报价有效期至 2025-12-31")
        .contains("校验码")
        .contains(SignedQuoteSample.VERIFICATION_CODE)
        .contains("1,250.00") // a line amount, formatted
        .contains("3,770.00") // the total
        .contains("0.0125")
        .contains("10,000");
  }

  @Test
  void escapesMarkupInTheData() throws IOException {
    assertThat(text(signedQuote)).contains("含税 <13%> & 运费");
  }

  @Test
  void embedsASubsetOfTheChineseFont() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(signedQuote)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }

      assertThat(fonts)
          .isNotEmpty()
          .allSatisfy(
              font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.getName()).matches("[A-Z]{6}\\+" + PdfDocuments.FONT_NAME);
                assertThat(font.isEmbedded()).isTrue();
              });
    }
    // the whole font is 5 MB; the used glyphs only a few dozen KB
    assertThat(signedQuote.length).isLessThan(300_000);
  }

  @Test
  void isA4() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(signedQuote)) {
      PDRectangle a4 = PDRectangle.A4;
      PDRectangle page = pdf.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isCloseTo(a4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      assertThat(page.getHeight())
          .isCloseTo(a4.getHeight(), org.assertj.core.data.Offset.offset(1f));
    }
  }

  @Test
  void rendersWithoutOptionalValues() throws IOException {
    Map<String, Object> model = new HashMap<>(SignedQuoteSample.model());
    model.remove("note");
    List<Map<String, Object>> signatures = new ArrayList<>();
    for (Map<String, Object> signature : SignedQuoteSample.signatures()) {
      Map<String, Object> withoutComment = new LinkedHashMap<>(signature);
      withoutComment.remove("comment");
      signatures.add(withoutComment);
    }
    model.put("signatures", signatures);

    String text = text(DOCUMENTS.render("signed-quote", model));

    assertThat(text).contains("周刚").doesNotContain("备注");
  }

  @Test
  void pagesLongQuotesAndRepeatsTheFooter() throws IOException {
    Map<String, Object> model = new HashMap<>(SignedQuoteSample.model());
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 1; i <= 80; i++) {
      lines.add(
          SignedQuoteSample.line(
              i,
              "CAP-" + i,
              "贴片电容",
              "0603 100nF",
              "个",
              new BigDecimal("100"),
              new BigDecimal("0.0125"),
              new BigDecimal("1.25")));
    }
    model.put("lines", lines);

    try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.render("signed-quote", model))) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      PDFTextStripper lastPage = new PDFTextStripper();
      lastPage.setStartPage(pdf.getNumberOfPages());
      lastPage.setEndPage(pdf.getNumberOfPages());
      assertThat(lastPage.getText(pdf))
          .contains(SignedQuoteSample.VERIFICATION_CODE)
          .contains("共 " + pdf.getNumberOfPages() + " 页");
    }
  }

  @Test
  void acceptsOnlyKebabCaseTemplateNames() {
    assertThatIllegalArgumentException().isThrownBy(() -> DOCUMENTS.render("../mail/x", Map.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DOCUMENTS.render("Signed_Quote", Map.of()));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
