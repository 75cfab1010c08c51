package com.gendan.bench.walk;

import com.gendan.identity.DemoUser;
import com.gendan.order.SalesOrderProcess;
import com.gendan.quote.QuoteApprovalProcess;
import com.gendan.sample.SampleTrackingProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The lifecycles the bench walks, each as Gendan's users walk it and as its same-shape model
 * (src/bench/resources/processes) is walked. A same-shape lifecycle differs only in its start (the
 * engine REST API instead of Gendan's) and in the message that stands in for a Gendan API call; its
 * user tasks are the same steps, with the same forms, users and values. It is started for the same
 * customer (its start form's {@code customerCode}, as Gendan's start forms take it), so it runs in
 * the customer's tenant as every customer's process does.
 */
public final class Lifecycles {

  public static final String SAMPLE = "sample (Gendan)";
  public static final String SAMPLE_SHAPE = "sample (same shape)";
  public static final String ORDER = "order (Gendan)";
  public static final String ORDER_SHAPE = "order (same shape)";

  public static final String SAMPLE_SHAPE_KEY = "benchSampleShape";
  public static final String ORDER_SHAPE_KEY = "benchOrderShape";
  static final String ORDER_SHAPE_GOODS_READY = "benchOrderShapeGoodsReady";

  /** The product samples are sent of. */
  public static final String SAMPLE_PRODUCT = "EC-R0603-103";

  /** The product ordered, at the price agreed by {@link #priceAgreement} beforehand. */
  public static final String ORDER_PRODUCT = "EC-C0805-106";

  static final int ORDER_PRICE = 35;
  static final int ORDER_QUANTITY = 100;

  /** A free sample worth more than Gendan's limit (2000): the sales manager approves it. */
  static final int SAMPLE_VALUE = 5000;

  private static final AtomicLong SERIAL = new AtomicLong();

  private Lifecycles() {}

  /** The model names in the order the bench reports them. */
  public static List<String> models() {
    return List.of(SAMPLE, SAMPLE_SHAPE, ORDER, ORDER_SHAPE);
  }

  public static Lifecycle of(String model, Team team) {
    return switch (model) {
      case SAMPLE -> sample(team);
      case SAMPLE_SHAPE -> sampleShape(team);
      case ORDER -> order(team);
      case ORDER_SHAPE -> orderShape(team);
      default -> throw new IllegalArgumentException(model);
    };
  }

  /** A free sample requested through the API, approved, shipped, delivered and passed. */
  public static Lifecycle sample(Team team) {
    return new Lifecycle(
        SAMPLE,
        sampleSteps(
            team,
            new Step.ApiStart(
                team.assistant(),
                "/api/samples",
                map(
                    "customerId",
                    team.customerId(),
                    "productCode",
                    SAMPLE_PRODUCT,
                    "quantity",
                    2,
                    "unit",
                    "盘",
                    "purpose",
                    "新机型试产验证",
                    "charged",
                    false,
                    "sampleValue",
                    SAMPLE_VALUE,
                    "targetDate",
                    today().plusDays(7).toString()))));
  }

  public static Lifecycle sampleShape(Team team) {
    return new Lifecycle(
        SAMPLE_SHAPE,
        sampleSteps(
            team,
            new Step.EngineStart(
                team.assistant(),
                SAMPLE_SHAPE_KEY,
                map(
                    "customerCode",
                    team.customerCode(),
                    "assistant",
                    team.assistant(),
                    "charged",
                    false,
                    "sampleValue",
                    SAMPLE_VALUE,
                    "purpose",
                    "新机型试产验证"))));
  }

  /**
   * A phone order at the agreed price through the API: confirmed in writing, planned, all of it
   * reported finished, passed by quality, transport chosen, shipped; the order closes.
   */
  public static Lifecycle order(Team team) {
    long serial = SERIAL.incrementAndGet();
    Step start =
        new Step.ApiStart(
            team.assistant(),
            "/api/orders",
            map(
                "customerId",
                team.customerId(),
                "channel",
                "PHONE",
                "customerPo",
                "BENCH-" + serial,
                "specialRequirements",
                team.standingRequirements() == null ? "" : team.standingRequirements(),
                "lines",
                List.of(
                    map(
                        "productCode",
                        ORDER_PRODUCT,
                        "quantity",
                        ORDER_QUANTITY,
                        "unitPrice",
                        ORDER_PRICE,
                        "requestedDate",
                        today().plusDays(20).toString()))));
    Step goodsReady =
        new Step.ApiCall(
            DemoUser.PRODUCTION,
            "/api/orders/{id}/goods-ready",
            map("lines", List.of(map("lineNo", 1, "quantity", ORDER_QUANTITY))));
    return new Lifecycle(ORDER, orderSteps(team, serial, start, goodsReady));
  }

  public static Lifecycle orderShape(Team team) {
    long serial = SERIAL.incrementAndGet();
    Step start =
        new Step.EngineStart(
            team.assistant(),
            ORDER_SHAPE_KEY,
            map(
                "customerCode",
                team.customerCode(),
                "assistant",
                team.assistant(),
                "channel",
                "phone",
                "customerPo",
                "BENCH-" + serial,
                "creditHold",
                false,
                "openFindings",
                0));
    return new Lifecycle(
        ORDER_SHAPE, orderSteps(team, serial, start, new Step.Message(ORDER_SHAPE_GOODS_READY)));
  }

  /**
   * A quote for {@link #ORDER_PRODUCT} at the order price, drafted, signed and accepted: the price
   * agreement that lets an order through review without a manual step.
   */
  public static Lifecycle priceAgreement(Team team) {
    return new Lifecycle(
        "price agreement",
        List.of(
            new Step.ApiStart(
                team.assistant(),
                "/api/quotes",
                map(
                    "customerId",
                    team.customerId(),
                    "lines",
                    List.of(map("productCode", ORDER_PRODUCT, "quantity", ORDER_QUANTITY)))),
            new Step.CompleteTask(
                team.assistant(),
                QuoteApprovalProcess.Elements.DRAFT_QUOTE,
                map("unitPrice1", ORDER_PRICE)),
            new Step.CompleteTask(
                DemoUser.SALES_MANAGER,
                QuoteApprovalProcess.Elements.SIGN_QUOTE,
                map("signDecision", "approve")),
            new Step.CompleteTask(
                team.assistant(),
                QuoteApprovalProcess.Elements.REGISTER_CUSTOMER_RESPONSE,
                map("customerResponse", "accepted"))));
  }

  private static List<Step> sampleSteps(Team team, Step start) {
    String today = today().toString();
    return List.of(
        start,
        new Step.CompleteTask(
            DemoUser.SALES_MANAGER,
            SampleTrackingProcess.Elements.APPROVE_SAMPLE,
            map("approvalDecision", "approve")),
        new Step.CompleteTask(
            DemoUser.WAREHOUSE,
            SampleTrackingProcess.Elements.SHIP_SAMPLE,
            map(
                "carrier",
                "SF",
                "trackingNumber",
                "SF" + SERIAL.incrementAndGet(),
                "shippedDate",
                today)),
        new Step.CompleteTask(
            DemoUser.WAREHOUSE,
            SampleTrackingProcess.Elements.CONFIRM_DELIVERY,
            map("deliveredDate", today)),
        new Step.CompleteTask(
            team.assistant(),
            SampleTrackingProcess.Elements.FOLLOW_UP_RESULT,
            map(
                "contactDate",
                today,
                "contactPerson",
                "张伟",
                "contactNote",
                "测试通过",
                "sampleResult",
                "pass")));
  }

  private static List<Step> orderSteps(Team team, long serial, Step start, Step goodsReady) {
    String today = today().toString();
    List<Step> steps = new ArrayList<>();
    steps.add(start);
    steps.add(
        new Step.CompleteTask(
            team.assistant(),
            SalesOrderProcess.Elements.OBTAIN_CONFIRMATION,
            map("confirmationReference", "传真确认 " + serial, "confirmedOn", today)));
    steps.add(
        new Step.CompleteTask(
            DemoUser.PRODUCTION,
            SalesOrderProcess.Elements.CONFIRM_PRODUCTION_PLAN,
            map("plannedCompletionDate", today().plusDays(10).toString())));
    steps.add(goodsReady);
    steps.add(
        new Step.CompleteTask(
            DemoUser.QUALITY,
            SalesOrderProcess.Elements.INSPECT_GOODS,
            map("inspectionResult", "pass", "inspectionNote", "抽检合格")));
    steps.add(
        new Step.CompleteTask(
            team.assistant(),
            SalesOrderProcess.Elements.CHOOSE_TRANSPORT,
            map("transportMode", "TRUCK")));
    steps.add(
        new Step.CompleteTask(
            DemoUser.WAREHOUSE,
            SalesOrderProcess.Elements.RECORD_OUTBOUND,
            map(
                "shippedLinesText",
                "1 " + ORDER_QUANTITY,
                "carrier",
                "顺丰速运",
                "trackingNumber",
                "SF-" + serial,
                "shippedOn",
                today)));
    return steps;
  }

  private static LocalDate today() {
    return LocalDate.now();
  }

  /** An ordered map of name-value pairs (JSON bodies, form values). */
  static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
