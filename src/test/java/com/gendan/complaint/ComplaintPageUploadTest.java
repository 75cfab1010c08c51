package com.gendan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.Tasklist;
import com.gendan.document.DocumentLinks;
import com.gendan.identity.DemoUser;
import com.gendan.order.OrderFlowTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A complaint's photos and PDFs uploaded from its page (客诉处理单), as an assistant who opened it from
 * a Tasklist form does (Camunda Forms in Camunda 7 take no files): only with the page's CSRF token
 * and the webapps' session, refused in words beyond the type and size limits, and nothing saved
 * then; downloaded from the page's links.
 */
class ComplaintPageUploadTest extends OrderFlowTest {

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Test
  void anAssistantUploadsAPhotoFromTheComplaintPageAndDownloadsIt() {
    String number = complaintOnAnOrder();
    String page = DocumentLinks.complaint(number);
    String upload = page + "/attachments";
    Tasklist liu = Tasklist.login(port, json, DemoUser.ASSISTANT_LIU);

    HttpResponse<String> shown = liu.open(page);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains("上传附件", "每个不超过 5 MB");
    String token = token(shown.body());

    HttpResponse<String> forged =
        liu.upload(upload, Map.of(), "crack.png", "image/png", ComplaintFlowTest.PHOTO);
    assertThat(forged.statusCode()).as("no token: a forged request is refused").isEqualTo(403);
    assertThat(forged.body()).contains("附件未上传", "单据页面已过期");
    assertThat(attachments(number)).isZero();

    HttpResponse<String> notAPhoto =
        liu.upload(
            upload,
            Map.of("_csrf", token),
            "notes.jpg",
            "image/jpeg",
            "just text".getBytes(StandardCharsets.UTF_8));
    assertThat(notAPhoto.statusCode()).isEqualTo(400);
    assertThat(notAPhoto.body()).contains("附件未上传", "请返回客诉处理单重新选择文件");
    assertThat(attachments(number)).isZero();

    // beyond the limits, each refused in words, nothing saved
    Map<String, byte[]> refused =
        Map.of(
            "x".repeat(300) + ".jpg",
            ComplaintFlowTest.PHOTO,
            "empty.jpg",
            new byte[0],
            "big.jpg",
            large(6 * 1024 * 1024));
    refused.forEach(
        (name, content) -> {
          HttpResponse<String> answer =
              liu.upload(upload, Map.of("_csrf", token), name, "image/jpeg", content);
          assertThat(answer.statusCode()).as(name.substring(0, 7)).isEqualTo(400);
          assertThat(answer.body()).contains("附件未上传");
        });
    HttpResponse<String> huge =
        liu.upload(
            upload,
            Map.of("_csrf", token),
            "huge.jpg",
            "image/jpeg",
            large(10 * 1024 * 1024 + 100_000));
    assertThat(huge.statusCode()).isEqualTo(403);
    assertThat(huge.body()).contains("附件未上传", "文件过大");
    assertThat(attachments(number)).isZero();

    HttpResponse<String> uploaded =
        liu.upload(
            upload, Map.of("_csrf", token), "外壳开裂.jpg", "image/jpeg", ComplaintFlowTest.PHOTO);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(303);
    assertThat(uploaded.headers().firstValue("Location")).hasValue(page);
    assertThat(attachments(number)).isEqualTo(1);

    String after = liu.open(page).body();
    Matcher link = Pattern.compile("href=\"(" + Pattern.quote(upload) + "/\\d+)\"").matcher(after);
    assertThat(link.find()).as("the attachment is linked from the page").isTrue();
    assertThat(after).contains("外壳开裂.jpg");
    HttpResponse<String> download = liu.open(link.group(1));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");

    // a script with HTTP Basic has no session to keep a token in: no form, and no upload
    assertThat(web.get(page, DemoUser.ASSISTANT_LIU).body()).doesNotContain("上传附件");
    // another user's session does not take this one's token
    Tasklist chen = Tasklist.login(port, json, DemoUser.ASSISTANT_CHEN);
    assertThat(
            chen.upload(
                    upload, Map.of("_csrf", token), "x.jpg", "image/jpeg", ComplaintFlowTest.PHOTO)
                .statusCode())
        .isEqualTo(403);
    assertThat(attachments(number)).isEqualTo(1);
  }

  /** A JPEG of this many bytes: the photo's header, then zeros. */
  private static byte[] large(int size) {
    byte[] content = new byte[size];
    System.arraycopy(ComplaintFlowTest.PHOTO, 0, content, 0, ComplaintFlowTest.PHOTO.length);
    return content;
  }

  private static String token(String page) {
    Matcher token = TOKEN.matcher(page);
    assertThat(token.find()).as("the upload form carries its token").isTrue();
    return token.group(1);
  }

  /** A complaint of C001's about a planned order, registered by liuyang; answers its number. */
  private String complaintOnAnOrder() {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "email", "35");
    plan(order);
    HttpResponse<String> registered =
        web.postJson(
            "/api/complaints",
            DemoUser.ASSISTANT_LIU,
            """
            {"customerId": %d, "orderId": %d, "category": "QUALITY_DEFECT", "severity": "MINOR",
             "description": "样品外壳有裂纹"}"""
                .formatted(customerId, order.get("id").asLong()));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    return engine.read(registered.body()).get("complaintNumber").asText();
  }

  private long attachments(String number) {
    return jdbc.queryForObject(
        "select count(*) from complaint_attachment a join complaint c on c.id = a.complaint_id"
            + " where c.complaint_number = ?",
        Long.class,
        number);
  }
}
