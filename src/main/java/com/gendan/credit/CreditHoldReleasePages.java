package com.gendan.credit;

import static com.gendan.document.DocumentLinks.CREDIT_HOLD_RELEASES;
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
 * The printable credit-hold release request (货款异常特放申请单), and at its address plus {@code .pdf} its
 * PDF.
 */
@DocumentPageController
class CreditHoldReleasePages {

  private static final String RELEASE = CREDIT_HOLD_RELEASES + "{number:" + NUMBER + "}";

  private final CreditHoldReleaseApi api;
  private final DocumentPages pages;
  private final CurrentUsers users;

  CreditHoldReleasePages(CreditHoldReleaseApi api, DocumentPages pages, CurrentUsers users) {
    this.api = api;
    this.pages = pages;
    this.users = users;
  }

  @GetMapping({RELEASE, RELEASE + PDF})
  ResponseEntity<byte[]> release(@PathVariable String number, HttpServletRequest request) {
    return pages.answer(request, api.page(number, users.current()));
  }
}
