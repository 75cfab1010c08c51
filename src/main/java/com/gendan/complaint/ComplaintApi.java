package com.gendan.complaint;

import com.gendan.audit.DocumentReadLog;
import com.gendan.audit.ReadDocument;
import com.gendan.complaint.ComplaintHandlingProcess.Category;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerSelection;
import com.gendan.customer.CustomerTeam;
import com.gendan.customer.CustomerView;
import com.gendan.data.IdOrNumber;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.document.DocumentLinks;
import com.gendan.document.DocumentPages.Document;
import com.gendan.identity.Role;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.problem.ForbiddenException;
import com.gendan.problem.NotFoundException;
import com.gendan.scope.CustomerProcesses;
import com.gendan.security.CurrentUser;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint API's use cases. A complaint is registered and its process started in one
 * transaction, as the calling user: the customer's assistant or sales rep, a manager, or quality
 * (which serves every customer). Reads, uploads and downloads follow the customer scope (quality
 * reads every customer's complaints); every read is logged.
 */
@Service
@Transactional
class ComplaintApi {

  static final String EXAMPLE_NUMBER = "KS-2026-00001";

  private static final Logger LOG = LoggerFactory.getLogger(ComplaintApi.class);

  private final ComplaintService complaintService;
  private final ComplaintAttachments attachments;
  private final CustomerDirectory customers;
  private final OrderService orderService;
  private final CustomerProcesses customerProcesses;
  private final DocumentReadLog readLog;

  ComplaintApi(
      ComplaintService complaintService,
      ComplaintAttachments attachments,
      CustomerDirectory customers,
      OrderService orderService,
      CustomerProcesses customerProcesses,
      DocumentReadLog readLog) {
    this.complaintService = complaintService;
    this.attachments = attachments;
    this.customers = customers;
    this.orderService = orderService;
    this.customerProcesses = customerProcesses;
    this.readLog = readLog;
  }

  ComplaintView register(ComplaintRequest request, CurrentUser user) {
    if (request.customerId() != null) {
      customers
          .findById(request.customerId())
          .map(CustomerView::team)
          .filter(team -> !mayWork(user, team))
          .ifPresent(
              team -> {
                throw new ForbiddenException(team.refusal("客诉"));
              });
    }
    long complaintId = complaintService.register(request, user.userId());
    Complaint complaint = complaintService.load(complaintId);
    ProcessInstance instance =
        customerProcesses.start(
            ComplaintHandlingProcess.KEY,
            complaint.complaintNumber(),
            complaint.customerId(),
            ComplaintHandlingProcess.Variables.COMPLAINT_ID,
            complaintId);
    LOG.info(
        "Complaint {} registered by {}, process {}",
        complaint.complaintNumber(),
        user.userId(),
        instance.getId());
    return view(complaint);
  }

  /** The complaint by id or number; one the user may not see is as missing as one that is not. */
  @Transactional(readOnly = true)
  ComplaintView find(String idOrNumber, CurrentUser user) {
    return view(readable(reference(idOrNumber), user));
  }

  /** The complaints of the customers the user may read (or of the one asked for), newest first. */
  @Transactional(readOnly = true)
  ResultPage<ComplaintSummary> list(
      String customer, ComplaintStatus status, Category category, Paging paging, CurrentUser user) {
    ResultPage<Complaint> page =
        complaintService.list(readableCustomers(user, customer), status, category, paging);
    LOG.info(
        "Complaints listed by {} (customer {}, status {}, category {}): {}",
        user.userId(),
        customer,
        status,
        category,
        page);
    Map<Long, String> orderNumbers =
        orderService.numbersOf(page.items().stream().map(Complaint::orderId).toList());
    return page.map(
        complaint ->
            ComplaintSummary.of(
                complaint,
                customers.findById(complaint.customerId()).orElseThrow(),
                orderNumbers.get(complaint.orderId())));
  }

  ComplaintAttachment.View attach(
      String idOrNumber, String fileName, String contentType, byte[] content, CurrentUser user) {
    // an upload reads nothing: the scope is checked without a read in the read log
    Complaint complaint =
        complaintService
            .find(reference(idOrNumber))
            .filter(c -> customers.mayRead(user, c.customerId(), Role.QUALITY))
            .orElseThrow(() -> new NotFoundException("客诉不存在：" + idOrNumber));
    ComplaintAttachment.View attachment =
        attachments.attach(complaint.id(), fileName, contentType, content, user.userId());
    LOG.info(
        "Attachment {} ({} bytes) added to complaint {} by {}",
        attachment.id(),
        attachment.sizeBytes(),
        complaint.complaintNumber(),
        user.userId());
    return attachment;
  }

  @Transactional(readOnly = true)
  ComplaintAttachment attachment(String idOrNumber, long attachmentId, CurrentUser user) {
    Complaint complaint = readable(reference(idOrNumber), user);
    return attachments.load(complaint.id(), attachmentId);
  }

  /**
   * The complaint, if it exists and the user serves its customer, sees every customer, or is in
   * quality; the read is logged.
   *
   * @throws NotFoundException otherwise, the same for a missing complaint and another team's
   */
  @Transactional(readOnly = true)
  Complaint readable(IdOrNumber reference, CurrentUser user) {
    Complaint complaint =
        complaintService
            .find(reference)
            .filter(c -> customers.mayRead(user, c.customerId(), Role.QUALITY))
            .orElseThrow(() -> new NotFoundException("客诉不存在：" + reference));
    readLog.record(
        user, complaint.customerId(), ReadDocument.COMPLAINT, complaint.complaintNumber());
    return complaint;
  }

  /**
   * The complaint's printable page (客诉处理单) with every step; quality, which investigates every
   * customer's complaints, reads it too.
   */
  @Transactional(readOnly = true)
  Document page(String complaintNumber, CurrentUser user) {
    Complaint complaint = readable(reference(complaintNumber), user);
    Map<String, Object> model = new HashMap<>();
    model.put("complaint", view(complaint));
    model.put(
        "roles",
        Arrays.stream(Role.values()).collect(Collectors.toMap(Role::groupId, Role::chineseName)));
    return new Document(
        "complaint",
        "客诉处理单",
        complaint.complaintNumber(),
        DocumentLinks.complaint(complaint.complaintNumber()),
        model);
  }

  static IdOrNumber reference(String idOrNumber) {
    return IdOrNumber.parse(idOrNumber, ComplaintService.NUMBER, "idOrNumber", EXAMPLE_NUMBER);
  }

  ComplaintView view(Complaint complaint) {
    CustomerView customer = customers.findById(complaint.customerId()).orElseThrow();
    SalesOrder order = orderService.load(complaint.orderId());
    return complaint.toView(
        customer.code(),
        customer.chineseName(),
        order.orderNumber(),
        complaint.shipmentId() == null
            ? null
            : complaintService.shipmentNumber(complaint.shipmentId()),
        complaint.replacementOrderId() == null
            ? null
            : orderService.load(complaint.replacementOrderId()).orderNumber(),
        complaint.reshipmentId() == null
            ? null
            : complaintService.shipmentNumber(complaint.reshipmentId()),
        attachments.of(complaint.id()));
  }

  /** Quality works every customer's complaints; everyone else the customers they serve. */
  private static boolean mayWork(CurrentUser user, CustomerTeam team) {
    return team.isServedBy(user) || user.hasRole(Role.QUALITY);
  }

  private CustomerSelection readableCustomers(CurrentUser user, String code) {
    if (!user.hasRole(Role.QUALITY)) {
      return customers.readableBy(user, code);
    }
    if (code == null || code.isBlank()) {
      return CustomerSelection.everyCustomer();
    }
    return CustomerSelection.of(
        customers.teamOfCode(code).map(team -> List.of(team.customerId())).orElse(List.of()));
  }
}
