package com.gendan.document;

import com.gendan.problem.InvalidRequestException;
import com.gendan.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a document page answers when it has no document to show: a Chinese page with a way back to
 * Tasklist, never a stack trace. A document that does not exist and one outside the user's customer
 * scope are the same 404, so a page does not tell another team's documents from missing ones.
 * Checked before the API's handler ({@code web.ApiExceptionHandler}).
 */
@ControllerAdvice(annotations = DocumentPageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentPageErrors {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentPageErrors.class);
  static final String NOT_FOUND = "未找到单据";

  private final DocumentPages pages;

  DocumentPageErrors(DocumentPages pages) {
    this.pages = pages;
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<byte[]> notFound(NotFoundException ex) {
    return pages.error(HttpStatus.NOT_FOUND, NOT_FOUND, ex.getMessage() + "，或您无权查看");
  }

  /** A number that is no document number at all. */
  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<byte[]> notADocument(InvalidRequestException ex) {
    return pages.error(HttpStatus.NOT_FOUND, NOT_FOUND, "没有这份单据，请检查单号");
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<byte[]> forbidden(AccessDeniedException ex) {
    return pages.error(HttpStatus.FORBIDDEN, "无权查看", "您无权查看这份单据");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<byte[]> failed(Exception ex) {
    LOG.error("Document page failed", ex);
    return pages.error(HttpStatus.INTERNAL_SERVER_ERROR, "出错了", "单据暂时无法显示，请稍后再试或联系系统管理员");
  }
}
