package com.gendan.statement;

import static com.gendan.document.DocumentLinks.NUMBER;
import static com.gendan.document.DocumentLinks.PDF;
import static com.gendan.document.DocumentLinks.STATEMENTS;

import com.gendan.document.DocumentPageController;
import com.gendan.document.DocumentPages;
import com.gendan.security.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The printable page of a statement (对帐单), and at its address plus {@code .pdf} its PDF. */
@DocumentPageController
class StatementPages {

  private static final String STATEMENT = STATEMENTS + "{number:" + NUMBER + "}";

  private final StatementApi statementApi;
  private final DocumentPages pages;
  private final CurrentUsers users;

  StatementPages(StatementApi statementApi, DocumentPages pages, CurrentUsers users) {
    this.statementApi = statementApi;
    this.pages = pages;
    this.users = users;
  }

  @GetMapping({STATEMENT, STATEMENT + PDF})
  ResponseEntity<byte[]> statement(@PathVariable String number, HttpServletRequest request) {
    return pages.answer(request, statementApi.page(number, users.current()));
  }
}
