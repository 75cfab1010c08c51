package com.gendan.shortage;

import com.gendan.process.ProcessVariable;
import java.math.BigDecimal;

/**
 * The shortage allocation process (SPEC D7): when production has less of a product than the open
 * orders need, the decision table proposes who gets what (primary customers first, then by promised
 * date), a sales manager confirms or changes it, and each order with an allocation gets its
 * shipment. Model: processes/shortage-allocation.bpmn; rules: processes/shortage-allocation.dmn.
 */
public final class ShortageAllocationProcess {

  public static final String KEY = "shortageAllocation";

  /** The decision table that ranks an order's claim on short stock. */
  public static final String DECISION_KEY = "shortageAllocation";

  private ShortageAllocationProcess() {}

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START_REPORTED = "Event_ShortageReported";
    public static final String PROPOSAL_JOIN = "Gateway_ProposalJoin";
    public static final String PROPOSE_ALLOCATION = "Task_ProposeAllocation";
    public static final String CONFIRM_ALLOCATION = "Task_ConfirmAllocation";
    public static final String RELEASE_GOODS = "Task_ReleaseAllocatedGoods";
    public static final String END_ALLOCATED = "Event_ShortageAllocated";

    /**
     * Error boundary on {@link #RELEASE_GOODS}: an order line changed after the manager confirmed;
     * the allocation is proposed again and the manager asked again, told what changed.
     */
    public static final String ALLOCATION_OUTDATED = "Event_AllocationOutdated";

    /** Error boundary on {@link #RELEASE_GOODS}: no order waits for the product any more. */
    public static final String NOTHING_WAITING = "Event_NothingWaiting";

    public static final String END_NOTHING_WAITING = "Event_NothingToAllocate";

    private Elements() {}
  }

  /** The codes of the BPMN errors {@link Beans#RELEASE_GOODS} throws. */
  public static final class Errors {
    /** Its message, what changed in Chinese, lands in {@link Variables#OUTDATED_REASON}. */
    public static final String ALLOCATION_OUTDATED = "allocationOutdated";

    public static final String NOTHING_WAITING = "nothingWaiting";

    private Errors() {}
  }

  /** Spring beans the model names. */
  public static final class Beans {
    /** Ranks the open orders with the decision table and proposes quantities. */
    public static final String PROPOSE_ALLOCATION = "proposeAllocation";

    /** Task listener (complete) on the manager's task: checks the (changed) allocation. */
    public static final String ALLOCATION_CONFIRMED = "allocationConfirmed";

    /** Sends each allocated quantity to its order as finished goods; tells the short ones. */
    public static final String RELEASE_GOODS = "releaseAllocatedGoods";

    // The manager's task is due ${orderDeadlines.allocationDue()}.

    private Beans() {}
  }

  /** Decision table inputs and outputs. */
  public static final class Decision {
    /** Input: the customer's tier, PRIMARY or SECONDARY. */
    public static final String CUSTOMER_TIER = "customerTier";

    /** Input: days from today to the promised (requested) date; negative when overdue. */
    public static final String DAYS_TO_PROMISED_DATE = "daysToPromisedDate";

    /** Output: lower is served first; ties go by promised date. */
    public static final String PRIORITY = "priority";

    /** Output: why, in Chinese, shown to the manager. */
    public static final String REASON = "reason";

    private Decision() {}
  }

  public static final class Variables {
    /** Start: the product that is short. */
    public static final ProcessVariable<String> PRODUCT_CODE =
        ProcessVariable.of("productCode", String.class);

    /** Start: the finished quantity available (exact text in the engine). */
    public static final ProcessVariable<BigDecimal> AVAILABLE_QUANTITY =
        ProcessVariable.decimal("availableQuantity");

    /** Shown on the manager's form: product, available and needed quantities. */
    public static final ProcessVariable<String> SHORTAGE_SUMMARY =
        ProcessVariable.of("shortageSummary", String.class);

    /**
     * Shown on the manager's form: one line per open order line, with customer, tier, promised
     * date, outstanding quantity, rule and proposed quantity.
     */
    public static final ProcessVariable<String> ALLOCATION_PROPOSAL =
        ProcessVariable.of("allocationProposal", String.class);

    /**
     * Edited on the manager's form, prefilled with the proposal: one line per order line, "订单号 行号
     * 数量".
     */
    public static final ProcessVariable<String> ALLOCATION_TEXT =
        ProcessVariable.of("allocationText", String.class);

    public static final ProcessVariable<String> ALLOCATION_NOTE =
        ProcessVariable.of("allocationNote", String.class);

    /**
     * Why the confirmed allocation had to be proposed again (the error's message,
     * errorMessageVariable), shown on the manager's form; absent the first time.
     */
    public static final ProcessVariable<String> OUTDATED_REASON =
        ProcessVariable.of("allocationOutdatedReason", String.class);

    private Variables() {}
  }
}
