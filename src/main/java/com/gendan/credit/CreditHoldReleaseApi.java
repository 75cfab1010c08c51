package com.gendan.credit;

import com.gendan.audit.DocumentReadLog;
import com.gendan.audit.ReadDocument;
import com.gendan.customer.CustomerDirectory;
import com.gendan.data.IdOrNumber;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.document.DocumentLinks;
import com.gendan.document.DocumentPages.Document;
import com.gendan.problem.NotFoundException;
import com.gendan.scope.CustomerProcesses;
import com.gendan.security.CurrentUser;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit-hold release API's use cases. A request is registered and its process started in one
 * transaction, as the calling user (the starters of {@code creditHoldRelease} in {@code
 * gendan.access.process-starters}); an order of a customer the user does not serve is as unknown as
 * one that does not exist. Reads follow the customer scope and are logged.
 */
@Service
@Transactional
class CreditHoldReleaseApi {

  static final String EXAMPLE_NUMBER = "TF-2026-00001";

  private static final Logger LOG = LoggerFactory.getLogger(CreditHoldReleaseApi.class);

  private final CreditHoldReleases releases;
  private final CustomerDirectory customers;
  private final CustomerProcesses customerProcesses;
  private final DocumentReadLog readLog;

  CreditHoldReleaseApi(
      CreditHoldReleases releases,
      CustomerDirectory customers,
      CustomerProcesses customerProcesses,
      DocumentReadLog readLog) {
    this.releases = releases;
    this.customers = customers;
    this.customerProcesses = customerProcesses;
    this.readLog = readLog;
  }

  CreditHoldReleaseView request(ReleaseRequest request, CurrentUser user) {
    CreditHoldRelease release =
        releases.request(
            request, null, customerId -> customers.serves(user, customerId), user.userId());
    ProcessInstance instance =
        customerProcesses.start(
            CreditHoldReleaseProcess.KEY,
            release.releaseNumber(),
            release.customerId(),
            CreditHoldReleaseProcess.Variables.RELEASE_ID,
            release.id());
    LOG.info(
        "Credit-hold release {} requested by {}, process {}",
        release.releaseNumber(),
        user.userId(),
        instance.getId());
    return releases.view(release);
  }

  @Transactional(readOnly = true)
  CreditHoldReleaseView find(String idOrNumber, CurrentUser user) {
    return releases.view(readable(reference(idOrNumber), user));
  }

  @Transactional(readOnly = true)
  ResultPage<CreditHoldReleaseView> list(
      String customer, ReleaseStatus status, Paging paging, CurrentUser user) {
    ResultPage<CreditHoldRelease> page =
        releases.list(customers.readableBy(user, customer), status, paging);
    LOG.info(
        "Credit-hold releases listed by {} (customer {}, status {}): {}",
        user.userId(),
        customer,
        status,
        page);
    return page.map(releases::view);
  }

  /** The printable 货款异常特放申请单. */
  @Transactional(readOnly = true)
  Document page(String releaseNumber, CurrentUser user) {
    CreditHoldRelease release = readable(reference(releaseNumber), user);
    Map<String, Object> model = new HashMap<>();
    model.put("release", releases.view(release));
    return new Document(
        "credit-hold-release",
        "货款异常特放申请单",
        release.releaseNumber(),
        DocumentLinks.creditHoldRelease(release.releaseNumber()),
        model);
  }

  /**
   * The request, if it exists and the user serves its customer or sees every customer; the read is
   * logged.
   *
   * @throws NotFoundException otherwise, the same for a missing request and another team's
   */
  private CreditHoldRelease readable(IdOrNumber reference, CurrentUser user) {
    CreditHoldRelease release =
        releases
            .find(reference)
            .filter(r -> customers.serves(user, r.customerId()))
            .orElseThrow(() -> new NotFoundException("货款异常特放申请不存在：" + reference));
    readLog.record(
        user, release.customerId(), ReadDocument.CREDIT_HOLD_RELEASE, release.releaseNumber());
    return release;
  }

  static IdOrNumber reference(String idOrNumber) {
    return IdOrNumber.parse(idOrNumber, CreditHoldReleases.NUMBER, "idOrNumber", EXAMPLE_NUMBER);
  }
}
