package com.gendan.sample;

import static com.gendan.document.DocumentLinks.NUMBER;
import static com.gendan.document.DocumentLinks.PDF;
import static com.gendan.document.DocumentLinks.SAMPLES;

import com.gendan.document.DocumentPageController;
import com.gendan.document.DocumentPages;
import com.gendan.security.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable page of a sample request (样品申请单) with its rounds, and at its address plus {@code
 * .pdf} its PDF.
 */
@DocumentPageController
class SamplePages {

  private static final String SAMPLE = SAMPLES + "{number:" + NUMBER + "}";

  private final SampleApi sampleApi;
  private final DocumentPages pages;
  private final CurrentUsers users;

  SamplePages(SampleApi sampleApi, DocumentPages pages, CurrentUsers users) {
    this.sampleApi = sampleApi;
    this.pages = pages;
    this.users = users;
  }

  @GetMapping({SAMPLE, SAMPLE + PDF})
  ResponseEntity<byte[]> sample(@PathVariable String number, HttpServletRequest request) {
    return pages.answer(request, sampleApi.page(number, users.current()));
  }
}
