package com.gendan.order.api;

import static com.gendan.document.DocumentLinks.NUMBER;
import static com.gendan.document.DocumentLinks.ORDERS;
import static com.gendan.document.DocumentLinks.PDF;
import static com.gendan.document.DocumentLinks.PRODUCTION_PLAN;
import static com.gendan.document.DocumentLinks.SHIPMENTS;
import static com.gendan.document.DocumentLinks.STOCK_NOTICE;

import com.gendan.document.DocumentPageController;
import com.gendan.document.DocumentPages;
import com.gendan.security.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable pages of orders and shipments, each also as PDF at its address plus {@value
 * com.gendan.document.DocumentLinks#PDF} ({@link OrderDocuments}).
 */
@DocumentPageController
class OrderPages {

  private static final String ORDER = ORDERS + "{number:" + NUMBER + "}";
  private static final String SHIPMENT = SHIPMENTS + "{number:" + NUMBER + "}";

  private final OrderDocuments documents;
  private final DocumentPages pages;
  private final CurrentUsers users;

  OrderPages(OrderDocuments documents, DocumentPages pages, CurrentUsers users) {
    this.documents = documents;
    this.pages = pages;
    this.users = users;
  }

  @GetMapping({ORDER, ORDER + PDF})
  ResponseEntity<byte[]> salesOrder(@PathVariable String number, HttpServletRequest request) {
    return pages.answer(request, documents.salesOrder(number, users.current()));
  }

  @GetMapping({ORDER + PRODUCTION_PLAN, ORDER + PRODUCTION_PLAN + PDF})
  ResponseEntity<byte[]> productionPlan(@PathVariable String number, HttpServletRequest request) {
    return pages.answer(request, documents.productionPlan(number, users.current()));
  }

  @GetMapping({SHIPMENT, SHIPMENT + PDF})
  ResponseEntity<byte[]> outbound(@PathVariable String number, HttpServletRequest request) {
    return pages.answer(request, documents.outbound(number, users.current()));
  }

  @GetMapping({SHIPMENT + STOCK_NOTICE, SHIPMENT + STOCK_NOTICE + PDF})
  ResponseEntity<byte[]> stockNotice(@PathVariable String number, HttpServletRequest request) {
    return pages.answer(request, documents.stockNotice(number, users.current()));
  }
}
