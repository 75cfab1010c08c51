package com.gendan.orderchange;

import static com.gendan.document.DocumentLinks.CHANGE_REQUESTS;
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
 * The printable 销售订单变更(取消)申请单 with every impact and signature, and at its address plus {@code .pdf}
 * its PDF.
 */
@DocumentPageController
class ChangeRequestPages {

  private static final String REQUEST = CHANGE_REQUESTS + "{number:" + NUMBER + "}";

  private final ChangeRequestApi api;
  private final DocumentPages pages;
  private final CurrentUsers users;

  ChangeRequestPages(ChangeRequestApi api, DocumentPages pages, CurrentUsers users) {
    this.api = api;
    this.pages = pages;
    this.users = users;
  }

  @GetMapping({REQUEST, REQUEST + PDF})
  ResponseEntity<byte[]> changeRequest(@PathVariable String number, HttpServletRequest request) {
    return pages.answer(request, api.page(number, users.current()));
  }
}
