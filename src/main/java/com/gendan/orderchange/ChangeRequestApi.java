package com.gendan.orderchange;

import com.gendan.audit.DocumentReadLog;
import com.gendan.audit.ReadDocument;
import com.gendan.customer.CustomerDirectory;
import com.gendan.data.IdOrNumber;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.document.DocumentPages.Document;
import com.gendan.identity.Role;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.problem.NotFoundException;
import com.gendan.scope.CustomerProcesses;
import com.gendan.security.CurrentUser;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change request API's use cases. A request is opened and its process started in one
 * transaction, as the calling user; reads follow the customer scope and are logged.
 */
@Service
@Transactional
class ChangeRequestApi {

  static final String EXAMPLE_NUMBER = "BG-2026-00001";

  private static final Logger LOG = LoggerFactory.getLogger(ChangeRequestApi.class);

  private final ChangeRequests requests;
  private final OrderService orderService;
  private final CustomerDirectory customers;
  private final CustomerProcesses customerProcesses;
  private final DocumentReadLog readLog;
  private final ChangeRequestDocuments documents;

  ChangeRequestApi(
      ChangeRequests requests,
      OrderService orderService,
      CustomerDirectory customers,
      CustomerProcesses customerProcesses,
      DocumentReadLog readLog,
      ChangeRequestDocuments documents) {
    this.requests = requests;
    this.orderService = orderService;
    this.customers = customers;
    this.customerProcesses = customerProcesses;
    this.readLog = readLog;
    this.documents = documents;
  }

  ChangeRequestView open(long orderId, ChangeRequestData data, CurrentUser user) {
    user.requireAnyRole("只有业助或业务主管可以提出订单变更/取消申请", Role.SALES_ASSISTANT, Role.SALES_MANAGER);
    SalesOrder order =
        orderService
            .findById(orderId)
            .filter(o -> customers.mayRead(user, o.customerId()))
            .orElseThrow(() -> new NotFoundException("订单不存在：" + orderId));
    customers
        .findById(order.customerId())
        .ifPresent(customer -> customers.requireServes(user, customer, "订单变更"));
    long requestId = requests.open(orderId, data, user.userId());
    ChangeRequest request = requests.load(requestId);
    ProcessInstance instance =
        customerProcesses.start(
            OrderChangeProcess.KEY,
            request.requestNumber(),
            request.customerId(),
            OrderChangeProcess.Variables.CHANGE_REQUEST_ID,
            requestId);
    LOG.info(
        "Change request {} on order {} opened by {}, process {}",
        request.requestNumber(),
        order.orderNumber(),
        user.userId(),
        instance.getId());
    return view(requests.load(requestId));
  }

  @Transactional(readOnly = true)
  ChangeRequestView find(String idOrNumber, CurrentUser user) {
    return view(readable(reference(idOrNumber), user));
  }

  /** The printable 销售订单变更(取消)申请单, for whoever may read the request (the read is logged). */
  @Transactional(readOnly = true)
  Document page(String requestNumber, CurrentUser user) {
    return documents.of(readable(reference(requestNumber), user));
  }

  @Transactional(readOnly = true)
  ResultPage<ChangeRequestView> list(
      String customer, ChangeRequestStatus status, Paging paging, CurrentUser user) {
    ResultPage<ChangeRequest> page =
        requests.list(customers.readableBy(user, customer), status, paging);
    LOG.info(
        "Change requests listed by {} (customer {}, status {}): {}",
        user.userId(),
        customer,
        status,
        page);
    return page.map(this::view);
  }

  /**
   * The request, if it exists and the user serves its customer, sees every customer, or belongs to
   * a department that states impacts; the read is logged.
   */
  @Transactional(readOnly = true)
  ChangeRequest readable(IdOrNumber reference, CurrentUser user) {
    ChangeRequest request =
        requests
            .find(reference)
            .filter(
                r ->
                    customers.mayRead(
                        user, r.customerId(), Role.PRODUCTION, Role.WAREHOUSE, Role.PURCHASING))
            .orElseThrow(() -> new NotFoundException("变更申请不存在：" + reference));
    readLog.record(
        user, request.customerId(), ReadDocument.CHANGE_REQUEST, request.requestNumber());
    return request;
  }

  static IdOrNumber reference(String idOrNumber) {
    return IdOrNumber.parse(idOrNumber, ChangeRequests.NUMBER, "idOrNumber", EXAMPLE_NUMBER);
  }

  ChangeRequestView view(ChangeRequest request) {
    return ChangeRequestView.of(
        request,
        orderService.load(request.orderId()).orderNumber(),
        customers.findById(request.customerId()).orElseThrow(),
        requests.yieldViews(request));
  }
}
