package com.gendan.orderchange;

import com.gendan.customer.CustomerSelection;
import com.gendan.customer.CustomerView;
import com.gendan.data.IdOrNumber;
import com.gendan.data.ListQuery;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderLine;
import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Actors;
import com.gendan.process.Numbers;
import com.gendan.production.OrderExceptions;
import com.gendan.shortage.ShortageAllocations;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a change or cancellation request (D6), one method per step. A rule a user broke is
 * an {@link InvalidRequestException} naming the request's field; nothing changes then.
 */
@Service
@Transactional
public class ChangeRequests {

  /** A request's number, {@code BG-2026-00001}, as {@link #open} draws it. */
  public static final Pattern NUMBER = Pattern.compile("BG-[0-9]{4}-[0-9]{5,9}");

  /** How many waiting order lines top management's urgent-demand form lists per product. */
  static final int URGENT_CANDIDATES_SHOWN = 20;

  /** A problem on the request's i-th changed line. */
  private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d{1,9})].*");

  private final ChangeRequestRepository requests;
  private final OrderService orderService;
  private final OrderChanges orderChanges;
  private final ShortageAllocations shortages;
  private final OrderExceptions exceptions;
  private final OrderChangeProperties properties;
  private final Validator validator;
  private final EntityManager entityManager;
  private final Clock clock;

  ChangeRequests(
      ChangeRequestRepository requests,
      OrderService orderService,
      OrderChanges orderChanges,
      ShortageAllocations shortages,
      OrderExceptions exceptions,
      OrderChangeProperties properties,
      Validator validator,
      EntityManager entityManager,
      Clock clock) {
    this.requests = requests;
    this.orderService = orderService;
    this.orderChanges = orderChanges;
    this.shortages = shortages;
    this.exceptions = exceptions;
    this.properties = properties;
    this.validator = validator;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /**
   * Opens a request on an open order: refused, naming the field, when the order is closed,
   * cancelled or shipped in full, when another request on it is still open, or when a line cannot
   * change so. Answers the request's id.
   */
  public long open(long orderId, ChangeRequestData data, String userId) {
    InvalidRequestException.throwIfAny(problemsOf(orderId, data));
    SalesOrder order = orderService.load(orderId);
    String number = "BG-" + Year.now(clock) + "-" + String.format("%05d", requests.nextNumber());
    ChangeRequest request =
        new ChangeRequest(
            number,
            orderId,
            order.customerId(),
            data.kind(),
            data.reason().strip(),
            lines(data),
            userId,
            now());
    return requests.saveAndFlush(request).id();
  }

  /** Everything wrong with a request on this order, each naming the request's field. */
  public List<FieldProblem> problemsOf(long orderId, ChangeRequestData data) {
    List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(data)));
    Optional<SalesOrder> found = orderService.findById(orderId);
    if (found.isEmpty()) {
      problems.add(new FieldProblem("orderId", "订单不存在"));
      return problems;
    }
    SalesOrder order = found.get();
    closed(order).ifPresent(problems::add);
    requests
        .findByOpenOrderId(orderId)
        .ifPresent(
            open ->
                problems.add(
                    new FieldProblem(
                        "orderId",
                        "订单"
                            + order.orderNumber()
                            + "已有未完成的变更/取消申请 "
                            + open.requestNumber()
                            + "（"
                            + open.status().label()
                            + "），请等它签核完毕")));
    if (data.kind() == ChangeKind.CHANGE && data.lines().isEmpty()) {
      problems.add(new FieldProblem("lines", "变更请至少填写一行"));
    }
    if (data.kind() == ChangeKind.CANCEL && !data.lines().isEmpty()) {
      problems.add(new FieldProblem("lines", "取消订单不填变更明细"));
    }
    List<ChangeRequest.Line> lines = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < data.lines().size(); i++) {
      ChangeRequestData.Line line = data.lines().get(i);
      if (line == null || line.lineNo() == null) {
        continue; // named by Bean Validation
      }
      String at = "lines[" + i + "]";
      if (!seen.add(line.lineNo())) {
        problems.add(new FieldProblem(at + ".lineNo", "第" + line.lineNo() + "行重复"));
      } else if (line.quantity() == null
          && line.requestedDate() == null
          && (line.spec() == null || line.spec().isBlank())) {
        problems.add(new FieldProblem(at, "请填写新的数量、交期或规格"));
      }
      lines.add(line(line));
    }
    boolean linesValid =
        problems.stream().noneMatch(p -> p.field().startsWith("lines"))
            && data.kind() == ChangeKind.CHANGE
            && !order.status().isFinal();
    if (linesValid) {
      problems.addAll(orderChanges.problemsOf(order, lines));
    }
    return problems;
  }

  /** Why the order cannot be changed or cancelled any more, named on {@code orderId}. */
  private static Optional<FieldProblem> closed(SalesOrder order) {
    if (order.status().isFinal()) {
      return Optional.of(
          new FieldProblem(
              "orderId", "订单" + order.orderNumber() + order.status().label() + "，不能再变更或取消"));
    }
    if (order.fulfilled()) {
      return Optional.of(
          new FieldProblem("orderId", "订单" + order.orderNumber() + "已全部出货，不能再变更或取消"));
    }
    return Optional.empty();
  }

  /**
   * Why the order, as it is now, cannot take the signed request (it changed while the request was
   * signed: a batch finished or shipped, the order cancelled or closed), in words for the sales
   * manager, each changed line named by its number; empty when it can. Throws nothing, so a caller
   * in the engine's transaction can take another path.
   */
  Optional<String> orderRefusal(long requestId) {
    ChangeRequest request = load(requestId);
    SalesOrder order = orderService.load(request.orderId());
    List<FieldProblem> problems = new ArrayList<>();
    closed(order).ifPresent(problems::add);
    if (problems.isEmpty() && request.kind() == ChangeKind.CHANGE) {
      problems.addAll(orderChanges.problemsOf(order, request.lines()));
    }
    return problems.isEmpty()
        ? Optional.empty()
        : Optional.of(
            problems.stream()
                .map(p -> lineLabel(request, p.field()) + p.message())
                .collect(Collectors.joining("；")));
  }

  /** "第2行：" for a problem on the request's {@code lines[i]…}, nothing for the whole order. */
  private static String lineLabel(ChangeRequest request, String field) {
    Matcher line = LINE_FIELD.matcher(field);
    return line.matches() && Integer.parseInt(line.group(1)) < request.lines().size()
        ? "第" + request.lines().get(Integer.parseInt(line.group(1))).lineNo + "行："
        : "";
  }

  /** The order refused the approved request: it ends with the reason, the order as it is. */
  void voidByOrder(long requestId, String reason, String userId) {
    load(requestId).voided(reason, userId, now());
  }

  void linkProcess(long requestId, String processInstanceId) {
    load(requestId).linkProcess(processInstanceId);
  }

  /** What is wrong with a department's impact, each naming its field. */
  List<FieldProblem> impactProblems(ImpactData impact) {
    return FieldProblem.of(validator.validate(impact));
  }

  /** A department states the request's impact; stating it again replaces the earlier answer. */
  void stateImpact(long requestId, Department department, ImpactData impact, String userId) {
    InvalidRequestException.throwIfAny(impactProblems(impact));
    ChangeRequest request = load(requestId);
    List<ChangeRequest.DeadStockItem> items =
        impact.lines().stream()
            .map(
                l ->
                    new ChangeRequest.DeadStockItem(
                        department, l.item().strip(), l.quantity(), l.value()))
            .toList();
    request.stateImpact(
        new ChangeRequest.Impact(
            department,
            blankToNull(impact.material()),
            blankToNull(impact.workInProgress()),
            impact.cost(),
            impact.earliestDate(),
            blankToNull(impact.note()),
            userId,
            now()),
        items,
        userId,
        now());
  }

  /** Every department has answered: the request goes to its signers. */
  SignOff toSignOff(long requestId, CustomerView customer, String userId) {
    ChangeRequest request = load(requestId);
    request.toSignOff(userId, now());
    return new SignOff(
        request.kind(), request.totalCost(), customer.tier().name(), impactSummary(request));
  }

  /** The decision table's inputs and the signers' summary. */
  record SignOff(ChangeKind kind, BigDecimal totalCost, String customerTier, String summary) {}

  /**
   * The changed lines that ask for a date earlier than production's earliest possible one, each
   * with its product, and the other orders waiting for those products ranked as a shortage would
   * rank them (the last would give way first): what top management decides on. Empty when no line
   * asks for that, so the request is no urgent demand.
   */
  Optional<String> urgentDemand(long requestId) {
    ChangeRequest request = load(requestId);
    LocalDate earliest = request.earliestPossibleDate();
    if (request.kind() != ChangeKind.CHANGE || earliest == null) {
      return Optional.empty();
    }
    List<ChangeRequest.Line> early =
        request.lines().stream()
            .filter(l -> l.requestedDate != null && l.requestedDate.isBefore(earliest))
            .toList();
    if (early.isEmpty()) {
      return Optional.empty();
    }
    SalesOrder order = orderService.load(request.orderId());
    StringBuilder text = new StringBuilder("生产最早可交期 ").append(earliest).append("，以下各行要求更早：");
    Set<String> products = new LinkedHashSet<>();
    for (ChangeRequest.Line line : early) {
      String product = order.line(line.lineNo).map(SalesOrderLine::productCode).orElseThrow();
      products.add(product);
      text.append("\n第")
          .append(line.lineNo)
          .append("行 ")
          .append(product)
          .append(" 要求交期 ")
          .append(line.requestedDate);
    }
    for (String product : products) {
      List<String> waiting = new ArrayList<>(shortages.waitingLinesRanked(product, order.id()));
      Collections.reverse(waiting);
      text.append("\n\n等待 ").append(product).append(" 的其他订单（按短缺分配规则由低到高，越靠前越宜让步）：");
      waiting.stream()
          .limit(URGENT_CANDIDATES_SHOWN)
          .forEach(line -> text.append("\n").append(line));
      if (waiting.isEmpty()) {
        text.append("无");
      } else if (waiting.size() > URGENT_CANDIDATES_SHOWN) {
        text.append("\n……另有 ")
            .append(waiting.size() - URGENT_CANDIDATES_SHOWN)
            .append(" 行优先级更高，未列出");
      }
    }
    return Optional.of(text.toString());
  }

  /** One order top management has give way, as its form names it. */
  record YieldLine(String orderNumber, LocalDate newDate) {}

  /**
   * What is wrong with top management's urgent-demand decision: the decision and its reason are
   * required; a granted one names open orders other than the request's own, each once, with a new
   * date after today (a refused one names none). Row problems are on {@code lines[i]}.
   */
  List<FieldProblem> urgentDecisionProblems(
      long requestId, UrgentDecision decision, List<YieldLine> yields, String note) {
    List<FieldProblem> problems = new ArrayList<>();
    if (decision == null) {
      problems.add(new FieldProblem("urgentDecision", "请选择是否同意紧急需求"));
    }
    if (note == null || note.isBlank()) {
      problems.add(new FieldProblem("urgentDecisionNote", "请写明决定及理由"));
    }
    if (decision == UrgentDecision.REFUSED && !yields.isEmpty()) {
      problems.add(new FieldProblem("lines", "不同意紧急需求时不填让步订单"));
      return problems;
    }
    long ownOrderId = load(requestId).orderId();
    LocalDate today = LocalDate.now(clock);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < yields.size(); i++) {
      YieldLine line = yields.get(i);
      String at = "lines[" + i + "]";
      Optional<SalesOrder> order = orderService.findByNumber(line.orderNumber());
      if (order.isEmpty()) {
        problems.add(new FieldProblem(at, "订单 " + line.orderNumber() + " 不存在"));
      } else if (!seen.add(order.get().orderNumber())) {
        problems.add(new FieldProblem(at, "订单 " + order.get().orderNumber() + " 重复"));
      } else if (order.get().id() == ownOrderId) {
        problems.add(new FieldProblem(at, "让步订单不能是申请变更的订单本身"));
      } else if (order.get().status().isFinal() || order.get().fulfilled()) {
        problems.add(
            new FieldProblem(
                at,
                "订单 "
                    + order.get().orderNumber()
                    + (order.get().fulfilled() ? "已全部出货" : order.get().status().label())
                    + "，无需让步"));
      } else if (!line.newDate().isAfter(today)) {
        problems.add(new FieldProblem(at, "新交期应晚于今天（" + today + "）"));
      }
    }
    return problems;
  }

  /** Records top management's urgent-demand decision; refused, the request is rejected next. */
  void decideUrgentDemand(
      long requestId, UrgentDecision decision, List<YieldLine> yields, String note, String userId) {
    InvalidRequestException.throwIfAny(urgentDecisionProblems(requestId, decision, yields, note));
    List<ChangeRequest.Yield> yielding =
        yields.stream()
            .map(
                y -> {
                  SalesOrder order = orderService.findByNumber(y.orderNumber()).orElseThrow();
                  return new ChangeRequest.Yield(order.id(), order.orderNumber(), y.newDate());
                })
            .toList();
    load(requestId).decideUrgentDemand(decision, note.strip(), yielding, userId, now());
  }

  /**
   * The approved urgent request's yielding orders: each still open gets an already-decided
   * production exception in its own process, which asks its assistant to tell the customer; one
   * that ended meanwhile is marked so. Once per order, however often it runs.
   */
  void tellYieldingOrders(long requestId) {
    ChangeRequest request = load(requestId);
    for (ChangeRequest.Yield yielding : request.yields()) {
      if (!yielding.pending()) {
        continue;
      }
      SalesOrder order = orderService.load(yielding.orderId);
      if (order.status().isFinal() || order.fulfilled()) {
        yielding.notTold("订单已" + (order.fulfilled() ? "全部出货" : order.status().label()) + "，未再通知");
        continue;
      }
      yielding.told(
          exceptions.yieldToUrgentDemand(
              order.id(),
              "为他单的紧急需求（变更申请 "
                  + request.requestNumber()
                  + "）让步，本订单交期调整为 "
                  + yielding.newDate
                  + "。请通知客户并记录客户的答复",
              request.urgentDecisionNote(),
              request.urgentDecidedBy(),
              "yield:" + request.requestNumber() + ":" + order.orderNumber()));
    }
    request.touched(Actors.SYSTEM, now());
  }

  /** The orders that gave way, each with what its customer answered once told. */
  List<ChangeRequestView.YieldView> yieldViews(ChangeRequest request) {
    return request.yields().stream()
        .map(
            y ->
                new ChangeRequestView.YieldView(
                    y.orderNumber,
                    y.newDate,
                    y.exceptionId != null,
                    y.exceptionId == null
                        ? null
                        : exceptions.customerAnswer(y.exceptionId).orElse(null),
                    y.notToldReason))
        .toList();
  }

  void sign(long requestId, String approverGroup, boolean approved, String comment, String userId) {
    if (!approved && (comment == null || comment.isBlank())) {
      throw InvalidRequestException.of("signComment", "驳回请写明原因");
    }
    load(requestId).sign(approverGroup, approved, blankToNull(comment), userId, now());
  }

  /** A signer rejected: the request ends, the order stays as it is. */
  void reject(long requestId, String userId) {
    ChangeRequest request = load(requestId);
    String reason =
        request.signatures().stream()
            .filter(s -> !"APPROVED".equals(s.decision))
            .reduce((a, b) -> b)
            .map(s -> s.comment)
            .orElseGet(
                () ->
                    request.urgentDecision() == UrgentDecision.REFUSED
                        ? "高层不同意紧急需求：" + request.urgentDecisionNote()
                        : "");
    request.rejected(reason, userId, now());
  }

  /**
   * Every signer approved: a change becomes the order_change row the order's process applies (its
   * id answered); a cancellation has none.
   */
  Optional<Long> approve(long requestId, String userId) {
    ChangeRequest request = load(requestId);
    Long changeId =
        request.kind() == ChangeKind.CHANGE ? orderChanges.approveRequested(request, userId) : null;
    request.approved(changeId, userId, now());
    return Optional.ofNullable(changeId);
  }

  /**
   * The sales rep's dispositions, one per item; a scrap above the configured value waits for the
   * sales manager. Answers whether one does.
   */
  boolean dispose(long requestId, List<DispositionLine> lines, String userId) {
    ChangeRequest request = load(requestId);
    List<FieldProblem> problems = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      DispositionLine line = lines.get(i);
      String at = "lines[" + i + "]";
      Optional<ChangeRequest.DeadStockItem> item = request.item(line.itemNo());
      if (!seen.add(line.itemNo())) {
        problems.add(new FieldProblem(at, "序号" + line.itemNo() + "重复"));
      } else if (item.isEmpty()) {
        problems.add(new FieldProblem(at, "没有序号为" + line.itemNo() + "的呆滞料"));
      } else if (item.get().status != DeadStockStatus.OPEN) {
        problems.add(
            new FieldProblem(at, "序号" + line.itemNo() + "的呆滞料" + item.get().status.label()));
      }
    }
    InvalidRequestException.throwIfAny(problems);
    boolean approvalNeeded = false;
    for (DispositionLine line : lines) {
      ChangeRequest.DeadStockItem item = request.item(line.itemNo()).orElseThrow();
      boolean needs =
          line.disposition() == Disposition.SCRAP
              && item.valueCny.compareTo(properties.scrapApprovalAbove()) > 0;
      approvalNeeded |= needs;
      item.dispose(line.disposition(), blankToNull(line.note()), needs, userId, now());
    }
    request.touched(userId, now());
    return approvalNeeded;
  }

  /** One item's disposition as the sales rep gives it. */
  record DispositionLine(int itemNo, Disposition disposition, String note) {}

  /** The sales manager approves the pending scraps, or sends them back to the sales rep. */
  void decideScrap(long requestId, boolean approved, String comment, String userId) {
    if (!approved && (comment == null || comment.isBlank())) {
      throw InvalidRequestException.of("scrapComment", "不同意请写明原因");
    }
    ChangeRequest request = load(requestId);
    for (ChangeRequest.DeadStockItem item : request.deadStock()) {
      if (item.status == DeadStockStatus.SCRAP_PENDING) {
        if (approved) {
          item.resolve(userId, now());
        } else {
          item.reopen("业务主管不同意报废：" + comment.strip());
        }
      }
    }
    request.touched(userId, now());
  }

  void complete(long requestId, String userId) {
    load(requestId).completed(userId, now());
  }

  boolean deadStockOpen(long requestId) {
    return load(requestId).deadStockOpen();
  }

  /** The open items, one a row: "序号 物料 数量 金额（状态）". */
  String deadStockList(long requestId, boolean pendingScrapOnly) {
    return load(requestId).deadStock().stream()
        .filter(
            d ->
                pendingScrapOnly
                    ? d.status == DeadStockStatus.SCRAP_PENDING
                    : d.status == DeadStockStatus.OPEN)
        .map(
            d ->
                d.itemNo
                    + " "
                    + d.item
                    + " 数量 "
                    + Numbers.plain(d.quantity)
                    + " 金额 CNY "
                    + Numbers.plain(d.valueCny)
                    + "（"
                    + d.department.label()
                    + "）"
                    + (d.dispositionNote == null ? "" : "：" + d.dispositionNote))
        .collect(Collectors.joining("\n"));
  }

  /** What the request asks for, line by line against the order, and why. */
  String summary(long requestId) {
    ChangeRequest request = load(requestId);
    SalesOrder order = orderService.load(request.orderId());
    StringBuilder text = new StringBuilder();
    text.append(request.kind() == ChangeKind.CANCEL ? "取消订单 " : "变更订单 ")
        .append(order.orderNumber())
        .append("（")
        .append(order.status().label())
        .append("）");
    for (ChangeRequest.Line line : request.lines()) {
      SalesOrderLine current = order.line(line.lineNo).orElse(null);
      text.append("\n第").append(line.lineNo).append("行");
      if (current != null) {
        text.append(" ").append(current.productCode());
      }
      if (line.quantity != null) {
        text.append(" 数量 ")
            .append(current == null ? "" : Numbers.plain(current.quantity()) + " → ")
            .append(Numbers.plain(line.quantity));
      }
      if (line.requestedDate != null) {
        text.append(" 交期 ")
            .append(current == null ? "" : current.requestedDate() + " → ")
            .append(line.requestedDate);
      }
      if (line.spec != null) {
        text.append(" 规格 → ").append(line.spec);
      }
    }
    text.append("\n原因：").append(request.reason());
    return text.toString();
  }

  /** Every department's impact and the dead stock, for the signers. */
  String impactSummary(ChangeRequest request) {
    StringBuilder text = new StringBuilder();
    for (Department department : Department.values()) {
      text.append(department.label()).append("：");
      request
          .impactOf(department)
          .ifPresentOrElse(
              i -> {
                text.append("成本 CNY ").append(Numbers.plain(i.costCny));
                if (i.material != null) {
                  text.append("；已备/已制物料：").append(i.material);
                }
                if (i.workInProgress != null) {
                  text.append("；在制：").append(i.workInProgress);
                }
                if (i.earliestDate != null) {
                  text.append("；最早可交期 ").append(i.earliestDate);
                }
                if (i.note != null) {
                  text.append("；").append(i.note);
                }
              },
              () -> text.append("未答复"));
      text.append("\n");
    }
    text.append("影响成本合计 CNY ").append(Numbers.plain(request.totalCost()));
    List<ChangeRequest.DeadStockItem> items = request.deadStock();
    if (!items.isEmpty()) {
      text.append("\n呆滞料：");
      items.forEach(
          d ->
              text.append("\n")
                  .append(d.itemNo)
                  .append(" ")
                  .append(d.item)
                  .append(" 数量 ")
                  .append(Numbers.plain(d.quantity))
                  .append(" 金额 CNY ")
                  .append(Numbers.plain(d.valueCny)));
    }
    return text.toString();
  }

  ChangeRequest load(long requestId) {
    return requests
        .findById(requestId)
        .orElseThrow(
            () -> new IllegalStateException("change request " + requestId + " does not exist"));
  }

  @Transactional(readOnly = true)
  Optional<ChangeRequest> find(IdOrNumber reference) {
    return reference.find(requests::findById, requests::findByRequestNumber);
  }

  /** The selected customers' requests, optionally of one status, newest first. */
  @Transactional(readOnly = true)
  ResultPage<ChangeRequest> list(
      CustomerSelection customers, ChangeRequestStatus status, Paging paging) {
    return ListQuery.documents(
        entityManager, ChangeRequest.class, customers.customerIds(), status, paging);
  }

  private static List<ChangeRequest.Line> lines(ChangeRequestData data) {
    return data.lines().stream().map(ChangeRequests::line).toList();
  }

  private static ChangeRequest.Line line(ChangeRequestData.Line line) {
    return new ChangeRequest.Line(
        line.lineNo(), line.quantity(), line.requestedDate(), blankToNull(line.spec()));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private Instant now() {
    return clock.instant();
  }
}
