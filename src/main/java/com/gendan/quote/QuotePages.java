package com.gendan.quote;

import static com.gendan.document.DocumentLinks.NUMBER;
import static com.gendan.document.DocumentLinks.PDF;
import static com.gendan.document.DocumentLinks.QUOTES;
import static com.gendan.document.DocumentLinks.SIGNED_QUOTE;

import com.gendan.document.DocumentPageController;
import com.gendan.document.DocumentPages;
import com.gendan.security.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable page of a quote (报价单) and, at its address plus {@code .pdf}, its PDF; the signed
 * quote document, as it was signed and sent, stays what it is and is linked from the page.
 */
@DocumentPageController
class QuotePages {

  private static final String QUOTE = QUOTES + "{number:" + NUMBER + "}";

  private final QuoteApi quoteApi;
  private final DocumentPages pages;
  private final CurrentUsers users;

  QuotePages(QuoteApi quoteApi, DocumentPages pages, CurrentUsers users) {
    this.quoteApi = quoteApi;
    this.pages = pages;
    this.users = users;
  }

  @GetMapping({QUOTE, QUOTE + PDF})
  ResponseEntity<byte[]> quote(@PathVariable String number, HttpServletRequest request) {
    return pages.answer(request, quoteApi.page(number, users.current()));
  }

  @GetMapping(QUOTE + SIGNED_QUOTE)
  ResponseEntity<byte[]> signedQuote(@PathVariable String number) {
    return QuoteController.inline(quoteApi.document(number, users.current()));
  }
}
