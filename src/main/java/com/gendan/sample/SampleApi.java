package com.gendan.sample;

import com.gendan.audit.DocumentReadLog;
import com.gendan.audit.ReadDocument;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerView;
import com.gendan.data.IdOrNumber;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.document.DocumentLinks;
import com.gendan.document.DocumentPages.Document;
import com.gendan.identity.Role;
import com.gendan.problem.InvalidRequestException;
import com.gendan.problem.NotFoundException;
import com.gendan.process.EngineActions;
import com.gendan.product.ProductCatalog;
import com.gendan.product.ProductView;
import com.gendan.scope.CustomerProcesses;
import com.gendan.security.CurrentUser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sample API's use cases. A request is registered and its process started in one transaction,
 * as the calling user. Reads and withdrawals follow the customer scope; every read is logged.
 */
@Service
@Transactional
class SampleApi {

  static final String EXAMPLE_NUMBER = "YP-2026-00001";

  private static final Logger LOG = LoggerFactory.getLogger(SampleApi.class);

  private final SampleService sampleService;
  private final SampleApprovals sampleApprovals;
  private final CustomerDirectory customers;
  private final ProductCatalog products;
  private final CustomerProcesses customerProcesses;
  private final EngineActions engineActions;

  private final DocumentReadLog readLog;

  SampleApi(
      SampleService sampleService,
      SampleApprovals sampleApprovals,
      CustomerDirectory customers,
      ProductCatalog products,
      CustomerProcesses customerProcesses,
      EngineActions engineActions,
      DocumentReadLog readLog) {
    this.readLog = readLog;
    this.sampleService = sampleService;
    this.sampleApprovals = sampleApprovals;
    this.customers = customers;
    this.products = products;
    this.customerProcesses = customerProcesses;
    this.engineActions = engineActions;
  }

  SampleView request(SampleRequestData data, CurrentUser user) {
    customers
        .findById(data.customerId())
        .ifPresent(customer -> customers.requireServes(user, customer, "样品"));
    long sampleId = sampleService.register(data, user.userId());
    SampleRequest request = sampleService.load(sampleId);
    ProcessInstance instance =
        customerProcesses.start(
            SampleTrackingProcess.KEY,
            request.sampleNumber(),
            request.customerId(),
            SampleTrackingProcess.Variables.SAMPLE_ID,
            sampleId);
    LOG.info(
        "Sample request {} registered by {}, process {}",
        request.sampleNumber(),
        user.userId(),
        instance.getId());
    return view(request);
  }

  /** The request by id or number; one the user may not see is as missing as one that is not. */
  @Transactional(readOnly = true)
  SampleView find(String idOrNumber, CurrentUser user) {
    return view(readable(reference(idOrNumber), user));
  }

  /**
   * The sample requests of the customers the user serves (or of the one asked for), newest first.
   */
  @Transactional(readOnly = true)
  ResultPage<SampleSummary> list(
      String customer, SampleStatus status, Paging paging, CurrentUser user) {
    ResultPage<SampleRequest> page =
        sampleService.list(customers.readableBy(user, customer), status, paging);
    LOG.info(
        "Samples listed by {} (customer {}, status {}): {}", user.userId(), customer, status, page);
    return page.map(
        request ->
            SampleSummary.of(
                request,
                customers.findById(request.customerId()).orElseThrow(),
                productCode(request.productId())));
  }

  /**
   * The request's printable page (样品申请单) with every round. The warehouse, which prepares, ships and
   * confirms the delivery of samples, reads it too.
   */
  @Transactional(readOnly = true)
  Document page(String sampleNumber, CurrentUser user) {
    SampleRequest request = readable(reference(sampleNumber), user, Role.WAREHOUSE);
    Map<String, Object> model = new HashMap<>();
    model.put("sample", view(request));
    model.put("customer", customers.findById(request.customerId()).orElseThrow());
    model.put(
        "product",
        request.productId() == null ? null : products.findById(request.productId()).orElse(null));
    model.put("carriers", SampleMails.CARRIERS);
    return new Document(
        "sample",
        "样品申请单",
        request.sampleNumber(),
        DocumentLinks.sample(request.sampleNumber()),
        model);
  }

  /**
   * The request, if it exists and the user serves its customer, sees every customer, or has one of
   * the {@code departments} it is addressed to; the read is logged.
   *
   * @throws NotFoundException otherwise, the same for a missing request and another team's
   */
  @Transactional(readOnly = true)
  SampleRequest readable(IdOrNumber reference, CurrentUser user, Role... departments) {
    SampleRequest request =
        sampleService
            .find(reference)
            .filter(r -> customers.mayRead(user, r.customerId(), departments))
            .orElseThrow(() -> new NotFoundException("样品申请不存在：" + reference));
    readLog.record(user, request.customerId(), ReadDocument.SAMPLE, request.sampleNumber());
    return request;
  }

  /** Withdraws a running request; Gendan checks the customer scope, the engine obeys. */
  void withdraw(long sampleId, Withdrawal withdrawal, CurrentUser user) {
    SampleRequest request = served(sampleId, user);
    if (request.status() == SampleStatus.WITHDRAWN
        || request.status() == SampleStatus.APPROVED
        || request.status() == SampleStatus.REFUSED) {
      throw InvalidRequestException.of("status", "样品申请已结束（" + request.status().label() + "），不能撤回");
    }
    engineActions.sendMessage(
        SampleTrackingProcess.Messages.WITHDRAW,
        request.processInstanceId(),
        Map.of(
            SampleTrackingProcess.Variables.WITHDRAWAL_REASON.name(), withdrawal.reason(),
            SampleTrackingProcess.Variables.WITHDRAWN_BY.name(), user.userId()));
    LOG.info("Sample request {} withdrawn by {}", request.sampleNumber(), user.userId());
  }

  @Transactional(readOnly = true)
  List<SampleApprovalView> approvals(long customerId, CurrentUser user) {
    CustomerView customer =
        customers
            .findById(customerId)
            .orElseThrow(() -> InvalidRequestException.of("customer", "客户不存在"));
    customers.requireServes(user, customer, "样品");
    readLog.record(user, customerId, ReadDocument.SAMPLE_APPROVALS, customer.code());
    return sampleApprovals.forCustomer(customerId, this::productCode);
  }

  static IdOrNumber reference(String idOrNumber) {
    return IdOrNumber.parse(idOrNumber, SampleService.NUMBER, "idOrNumber", EXAMPLE_NUMBER);
  }

  /** The request the user works on: 403 if not one of the user's customers'. */
  private SampleRequest served(long sampleId, CurrentUser user) {
    SampleRequest request =
        sampleService
            .findById(sampleId)
            .orElseThrow(() -> new NotFoundException("样品申请不存在：" + sampleId));
    customers.requireServes(user, customers.findById(request.customerId()).orElseThrow(), "样品");
    readLog.record(user, request.customerId(), ReadDocument.SAMPLE, request.sampleNumber());
    return request;
  }

  private SampleView view(SampleRequest request) {
    CustomerView customer = customers.findById(request.customerId()).orElseThrow();
    return request.toView(
        customer.code(), customer.chineseName(), productCode(request.productId()));
  }

  private String productCode(Long productId) {
    return productId == null
        ? null
        : products.findById(productId).map(ProductView::code).orElse(null);
  }

  /** Why the request is withdrawn. */
  record Withdrawal(
      @NotBlank(message = "请写明撤回原因") @Size(max = 1000, message = "长度不能超过{max}个字符") String reason) {}
}
