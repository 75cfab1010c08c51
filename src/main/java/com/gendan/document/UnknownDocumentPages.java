package com.gendan.document;

import com.gendan.problem.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;

/** Any other address below {@code /documents}: the same Chinese 404 page as a missing document. */
@DocumentPageController
class UnknownDocumentPages {

  @GetMapping(DocumentLinks.ROOT + "/**")
  void unknown() {
    throw new NotFoundException("没有这份单据");
  }
}
