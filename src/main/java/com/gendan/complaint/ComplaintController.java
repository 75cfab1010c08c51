package com.gendan.complaint;

import com.gendan.complaint.ComplaintHandlingProcess.Category;
import com.gendan.data.ResultPage;
import com.gendan.security.CurrentUsers;
import com.gendan.web.ListParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "complaints", description = "客诉登记、附件（照片、PDF）、处理进度")
class ComplaintController {

  private final ComplaintApi complaintApi;
  private final CurrentUsers currentUsers;

  ComplaintController(ComplaintApi complaintApi, CurrentUsers currentUsers) {
    this.complaintApi = complaintApi;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/api/complaints")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Register a customer complaint and start its handling")
  ComplaintView register(@Valid @RequestBody ComplaintRequest request) {
    return complaintApi.register(request, currentUsers.current());
  }

  @GetMapping("/api/complaints")
  @Operation(
      summary =
          "The complaints of the caller's customers, newest first, optionally of one customer,"
              + " status and category, a page at a time")
  ResultPage<ComplaintSummary> list(
      @ParameterObject @Valid ListParameters list,
      @Parameter(description = "客诉状态") @RequestParam(required = false) ComplaintStatus status,
      @Parameter(description = "客诉类别") @RequestParam(required = false) Category category) {
    return complaintApi.list(
        list.customerCode(), status, category, list.paging(), currentUsers.current());
  }

  @GetMapping("/api/complaints/{idOrNumber}")
  @Operation(summary = "A complaint, by id or number, with every step so far and its attachments")
  ComplaintView find(
      @Parameter(description = "客诉ID或客诉编号，如 " + ComplaintApi.EXAMPLE_NUMBER) @PathVariable
          String idOrNumber) {
    return complaintApi.find(idOrNumber, currentUsers.current());
  }

  // any type is taken here, so that one the service refuses is told in Chinese, not as a 415
  @PostMapping(value = "/api/complaints/{idOrNumber}/attachments", consumes = MediaType.ALL_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Attach a photo (JPG, PNG) or PDF: the body is the file, Content-Type its type,"
              + " fileName its name")
  ComplaintAttachment.View attach(
      @PathVariable String idOrNumber,
      @Parameter(description = "文件名，如 破损照片1.jpg") @RequestParam String fileName,
      // the body's own header, told in the summary: not a parameter a client sets apart
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false)
          String contentType,
      @RequestBody(required = false) byte[] content) {
    return complaintApi.attach(
        idOrNumber,
        fileName,
        contentType,
        content == null ? new byte[0] : content,
        currentUsers.current());
  }

  @GetMapping("/api/complaints/{idOrNumber}/attachments/{attachmentId}")
  @Operation(summary = "Download an attachment of a complaint")
  ResponseEntity<byte[]> download(
      @PathVariable String idOrNumber, @PathVariable long attachmentId) {
    return ComplaintPages.attachmentResponse(
        complaintApi.attachment(idOrNumber, attachmentId, currentUsers.current()));
  }
}
