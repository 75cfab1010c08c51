package com.gendan.complaint;

import static com.gendan.document.DocumentLinks.COMPLAINTS;
import static com.gendan.document.DocumentLinks.NUMBER;
import static com.gendan.document.DocumentLinks.PDF;

import com.gendan.document.DocumentPageController;
import com.gendan.document.DocumentPages;
import com.gendan.security.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable page of a complaint (客诉处理单) with every step, and at its address plus {@code .pdf}
 * its PDF.
 */
@DocumentPageController
class ComplaintPages {

  private static final String COMPLAINT = COMPLAINTS + "{number:" + NUMBER + "}";

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
    return pages.answer(request, complaintApi.page(number, users.current()));
  }
}
