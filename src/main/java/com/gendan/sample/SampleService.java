package com.gendan.sample;

import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerSelection;
import com.gendan.data.IdOrNumber;
import com.gendan.data.ListQuery;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.product.ProductCatalog;
import com.gendan.product.ProductView;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sample request's business rules, one method per step. A rule a user broke is an {@link
 * InvalidRequestException} naming the field; nothing changes then.
 */
@Service
@Transactional
public class SampleService {

  /** A sample request's number, {@code YP-2026-00001}, as {@link #register} draws it. */
  static final Pattern NUMBER = Pattern.compile("YP-[0-9]{4}-[0-9]{5,9}");

  /** The unit of a sample described in words, when the request names none. */
  static final String DEFAULT_UNIT = "件";

  private final SampleRequestRepository requests;
  private final SampleApprovalRepository approvals;
  private final CustomerDirectory customers;
  private final ProductCatalog products;
  private final SampleProperties properties;
  private final Validator validator;
  private final Clock clock;
  private final EntityManager entityManager;

  SampleService(
      SampleRequestRepository requests,
      SampleApprovalRepository approvals,
      CustomerDirectory customers,
      ProductCatalog products,
      SampleProperties properties,
      Validator validator,
      Clock clock,
      EntityManager entityManager) {
    this.entityManager = entityManager;
    this.requests = requests;
    this.approvals = approvals;
    this.customers = customers;
    this.products = products;
    this.properties = properties;
    this.validator = validator;
    this.clock = clock;
  }

  public long register(SampleRequestData data, String userId) {
    // every problem at once, not one per submit
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(data)));
    if (data.customerId() != null && customers.findById(data.customerId()).isEmpty()) {
      problems.add(new FieldProblem("customerId", "客户不存在"));
    }
    Optional<ProductView> product = Optional.empty();
    if (data.productCode() != null) {
      product = products.findByCode(data.productCode());
      if (product.isEmpty()) {
        problems.add(new FieldProblem("productCode", "产品不存在：" + data.productCode()));
      }
    } else if (data.specText() == null) {
      problems.add(new FieldProblem("specText", "不是已有产品时，请用文字写明规格要求"));
    }
    if (data.targetDate() != null && data.targetDate().isBefore(today())) {
      problems.add(new FieldProblem("targetDate", "希望寄达日期不能早于今天"));
    }
    InvalidRequestException.throwIfAny(problems);
    String spec =
        data.specText() != null
            ? data.specText()
            : product.map(p -> p.name() + " " + p.spec()).orElseThrow();
    String unit =
        data.unit() != null ? data.unit() : product.map(ProductView::unit).orElse(DEFAULT_UNIT);
    String number = "YP-" + Year.now(clock) + "-" + String.format("%05d", requests.nextNumber());
    SampleRequest request =
        new SampleRequest(
            number,
            data.customerId(),
            product.map(ProductView::id).orElse(null),
            spec,
            data.quantity(),
            unit,
            data.purpose(),
            data.charged(),
            data.sampleValue(),
            data.targetDate(),
            userId,
            now());
    if (needsApproval(request)) {
      request.moveTo(SampleStatus.AWAITING_APPROVAL, userId, now());
    }
    return requests.save(request).id();
  }

  /** A free sample worth more than the configured limit needs the sales manager. */
  public boolean needsApproval(long sampleId) {
    return needsApproval(load(sampleId));
  }

  public void decideApproval(long sampleId, boolean approved, String comment, String userId) {
    if (!approved && blank(comment)) {
      throw InvalidRequestException.of("approvalComment", "不同意时必须写明原因");
    }
    SampleRequest request = load(sampleId);
    request.currentRound().decide(approved, trim(comment), userId, now());
    request.moveTo(approved ? SampleStatus.PREPARING : SampleStatus.REFUSED, userId, now());
  }

  public void ship(long sampleId, Shipment shipment, String userId) {
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(shipment)));
    if (shipment.shippedDate() != null && shipment.shippedDate().isAfter(today())) {
      problems.add(new FieldProblem("shippedDate", "寄出日期不能晚于今天"));
    }
    InvalidRequestException.throwIfAny(problems);
    SampleRequest request = load(sampleId);
    request
        .currentRound()
        .ship(shipment.carrier(), shipment.trackingNumber().trim(), shipment.shippedDate(), userId);
    request.moveTo(SampleStatus.SHIPPED, userId, now());
  }

  public void deliver(long sampleId, LocalDate delivered, String userId) {
    if (delivered == null) {
      throw InvalidRequestException.of("deliveredDate", "请填写日期");
    }
    SampleRequest request = load(sampleId);
    LocalDate shipped = request.currentRound().shippedDate();
    if (shipped != null && delivered.isBefore(shipped)) {
      throw InvalidRequestException.of("deliveredDate", "签收日期不能早于寄出日期 " + shipped);
    }
    request.currentRound().deliver(delivered);
    request.moveTo(SampleStatus.FOLLOWING_UP, userId, now());
  }

  /**
   * Logs a follow-up contact and, when the customer has decided, the result ({@code null} while it
   * is pending): a conditional pass must say its conditions. Answers the result, or empty while it
   * is pending.
   */
  public Optional<SampleResult> followUp(
      long sampleId,
      Contact contact,
      SampleResult result,
      String conditions,
      String feedback,
      String userId) {
    List<FieldProblem> problems = checkContact(contact);
    if (result == SampleResult.CONDITIONAL_PASS && blank(conditions)) {
      problems.add(new FieldProblem("resultConditions", "有条件通过时请写明条件"));
    }
    InvalidRequestException.throwIfAny(problems);
    SampleRequest request = load(sampleId);
    SampleRound round = request.currentRound();
    logContact(round, contact, userId);
    if (result != null) {
      round.result(result, trim(conditions), trim(feedback), now());
      request.moveTo(
          result.isApproval() ? SampleStatus.APPROVED : SampleStatus.FAILED, userId, now());
    }
    return Optional.ofNullable(result);
  }

  /** What the sales rep learned when asked to help. */
  public void logHelp(long sampleId, Contact contact, String userId) {
    InvalidRequestException.throwIfAny(checkContact(contact));
    logContact(load(sampleId).currentRound(), contact, userId);
  }

  /** A passed or conditionally passed round becomes the customer's sample approval. */
  public long recordApproval(long sampleId) {
    SampleRequest request = load(sampleId);
    return approvals.save(new SampleApproval(request, request.currentRound(), today(), now())).id();
  }

  /** After a fail: an improved sample, the next round of the same request. */
  public int startNextRound(long sampleId, String improvementNote, String userId) {
    SampleRequest request = load(sampleId);
    SampleRound next = request.startNextRound(trim(improvementNote), userId, now());
    if (needsApproval(request)) {
      request.moveTo(SampleStatus.AWAITING_APPROVAL, userId, now());
    }
    return next.roundNo();
  }

  public void withdraw(long sampleId, String reason, String userId) {
    load(sampleId).withdraw(trim(reason), userId, now());
  }

  public void linkProcess(long sampleId, String processInstanceId) {
    load(sampleId).linkProcess(processInstanceId);
  }

  Optional<SampleRequest> findById(long sampleId) {
    return requests.findById(sampleId);
  }

  Optional<SampleRequest> find(IdOrNumber sample) {
    return sample.find(requests::findById, requests::findBySampleNumber);
  }

  /** The selected customers' sample requests, optionally of one status, newest first. */
  ResultPage<SampleRequest> list(CustomerSelection customers, SampleStatus status, Paging paging) {
    return ListQuery.documents(
        entityManager, SampleRequest.class, customers.customerIds(), status, paging);
  }

  SampleRequest load(long sampleId) {
    return requests
        .findById(sampleId)
        .orElseThrow(() -> new IllegalStateException("sample " + sampleId + " does not exist"));
  }

  private boolean needsApproval(SampleRequest request) {
    return !request.charged()
        && request.sampleValue().compareTo(properties.freeSampleApprovalLimit()) > 0;
  }

  private List<FieldProblem> checkContact(Contact contact) {
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(contact)));
    if (contact.contactDate() != null && contact.contactDate().isAfter(today())) {
      problems.add(new FieldProblem("contactDate", "联系日期不能晚于今天"));
    }
    return problems;
  }

  private void logContact(SampleRound round, Contact contact, String userId) {
    round.logContact(
        contact.contactDate(),
        contact.contactPerson().trim(),
        contact.contactNote().trim(),
        userId,
        now());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String trim(String value) {
    return blank(value) ? null : value.trim();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Instant now() {
    return clock.instant();
  }

  /** A follow-up contact: when, whom, what they said; the lengths are the columns'. */
  public record Contact(
      @NotNull(message = "请填写日期") LocalDate contactDate,
      @NotBlank(message = "请填写联系人") @Size(max = 50, message = "长度不能超过{max}个字符")
          String contactPerson,
      @NotBlank(message = "请记录客户的答复") @Size(max = 2000, message = "长度不能超过{max}个字符")
          String contactNote) {}

  /** The sample went out: with which carrier, its tracking number, on which day. */
  public record Shipment(
      @NotBlank(message = "请选择承运商") @Size(max = 20, message = "长度不能超过{max}个字符") String carrier,
      @NotBlank(message = "请填写运单号") @Size(max = 40, message = "长度不能超过{max}个字符")
          String trackingNumber,
      @NotNull(message = "请填写日期") LocalDate shippedDate) {}
}
