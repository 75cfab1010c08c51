package com.gendan.orderchange;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.document.DocumentLinks;
import com.gendan.document.DocumentPages;
import com.gendan.document.DocumentPages.Document;
import com.gendan.identity.Role;
import com.gendan.mail.MailAttachment;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderLine;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printable 销售订单变更(取消)申请单 of a request: its page (template {@code change-request}) and the same
 * as PDF, which the departments' mails carry when it is approved.
 */
@Component
@Transactional(readOnly = true)
class ChangeRequestDocuments {

  static final String TITLE = "销售订单变更(取消)申请单";

  private final ChangeRequests requests;
  private final OrderService orderService;
  private final CustomerDirectory customers;
  private final DocumentPages pages;

  ChangeRequestDocuments(
      ChangeRequests requests,
      OrderService orderService,
      CustomerDirectory customers,
      DocumentPages pages) {
    this.requests = requests;
    this.orderService = orderService;
    this.customers = customers;
    this.pages = pages;
  }

  /**
   * The request with its changed lines (each beside the order's product), every department's
   * impact, the dead stock and its resolution, and every signature.
   */
  Document of(ChangeRequest request) {
    SalesOrder order = orderService.load(request.orderId());
    CustomerView customer = customers.findById(request.customerId()).orElseThrow();
    Map<Integer, SalesOrderLine> orderLines = new HashMap<>();
    order.lines().forEach(line -> orderLines.put(line.lineNo(), line));
    Map<String, String> signers = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      signers.put(role.groupId(), role.chineseName());
    }
    Map<String, Object> model = new HashMap<>();
    model.put(
        "request",
        ChangeRequestView.of(request, order.orderNumber(), customer, requests.yieldViews(request)));
    model.put("customer", customer);
    model.put("orderLines", orderLines);
    model.put("signers", signers);
    return new Document(
        "change-request",
        TITLE,
        request.requestNumber(),
        DocumentLinks.changeRequest(request.requestNumber()),
        model);
  }

  /** The request's PDF, to attach to a mail. */
  MailAttachment pdf(long requestId) {
    Document document = of(requests.load(requestId));
    return new MailAttachment(
        DocumentPages.pdfName(document), MediaType.APPLICATION_PDF_VALUE, pages.pdfOf(document));
  }
}
