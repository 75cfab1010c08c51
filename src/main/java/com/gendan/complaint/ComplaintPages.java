package com.gendan.complaint;

import static com.gendan.document.DocumentLinks.COMPLAINTS;
import static com.gendan.document.DocumentLinks.NUMBER;
import static com.gendan.document.DocumentLinks.PDF;

import com.gendan.document.DocumentLinks;
import com.gendan.document.DocumentPageController;
import com.gendan.document.DocumentPages;
import com.gendan.document.DocumentPages.Document;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.security.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The printable page of a complaint (客诉处理单) with every step, and at its address plus {@code .pdf}
 * its PDF. A user who opened it from Tasklist also uploads photos and PDFs there (Camunda Forms in
 * Camunda 7 take no files) and downloads the attachments.
 */
@DocumentPageController
class ComplaintPages {

  private static final String COMPLAINT = COMPLAINTS + "{number:" + NUMBER + "}";
  private static final String ATTACHMENTS = COMPLAINT + "/attachments";

  private final ComplaintApi complaintApi;
  private final DocumentPages pages;
  private final CurrentUsers users;

  ComplaintPages(ComplaintApi complaintApi, DocumentPages pages, CurrentUsers users) {
    this.complaintApi = complaintApi;
    this.pages = pages;
    this.users = users;
  }

  @GetMapping({COMPLAINT, COMPLAINT + PDF})
  ResponseEntity<byte[]> complaint(@PathVariable String number, HttpServletRequest request) {
    Document page = complaintApi.page(number, users.current());
    // the upload form, for a browser logged into the webapps: its token is kept in that session,
    // so a script calling with HTTP Basic (no session) gets none, and no session is made for it
    if (request.getSession(false) != null
        && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
      page.model().put("uploadToken", token);
    }
    return pages.answer(request, page);
  }

  /** A file chosen on the page; back to the page, or a page saying why it was refused. */
  @PostMapping(path = ATTACHMENTS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<byte[]> upload(
      @PathVariable String number,
      @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    try {
      complaintApi.attach(
          number,
          file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getContentType(),
          file == null ? new byte[0] : file.getBytes(),
          users.current());
    } catch (InvalidRequestException refused) {
      return pages.error(
          HttpStatus.BAD_REQUEST,
          "附件未上传",
          refused.problems().stream().map(FieldProblem::message).collect(Collectors.joining("；"))
              + "。请返回客诉处理单重新选择文件。");
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create(DocumentLinks.complaint(number)))
        .build();
  }

  @GetMapping(ATTACHMENTS + "/{attachmentId}")
  ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long attachmentId) {
    return attachmentResponse(complaintApi.attachment(number, attachmentId, users.current()));
  }

  /** The attachment as a download, never shown inline (a PDF or image could carry content). */
  static ResponseEntity<byte[]> attachmentResponse(ComplaintAttachment attachment) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(attachment.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(attachment.content());
  }
}
