package com.gendan.shortage;

import static com.gendan.shortage.ShortageAllocationProcess.Variables.ALLOCATION_NOTE;
import static com.gendan.shortage.ShortageAllocationProcess.Variables.ALLOCATION_TEXT;
import static com.gendan.shortage.ShortageAllocationProcess.Variables.PRODUCT_CODE;

import com.gendan.order.OrderMails;
import com.gendan.process.Actors;
import com.gendan.process.Numbers;
import com.gendan.shipment.OrderShipping;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends each confirmed allocation to its order as finished goods (a shipment starts there) and
 * tells the assistant of every order line left short. When an order line changed after the manager
 * confirmed (a change, a cancellation, a shipment), nothing is sent: the sales managers are mailed
 * what changed and the process proposes the allocation again (BPMN error), or ends when no order
 * waits any more; never a failed job.
 */
@Component(ShortageAllocationProcess.Beans.RELEASE_GOODS)
class ReleaseAllocatedGoods implements JavaDelegate {

  private final ShortageAllocations allocations;
  private final OrderShipping shipping;
  private final OrderMails mails;

  ReleaseAllocatedGoods(ShortageAllocations allocations, OrderShipping shipping, OrderMails mails) {
    this.allocations = allocations;
    this.shipping = shipping;
    this.mails = mails;
  }

  @Override
  @Transactional(noRollbackFor = BpmnError.class)
  public void execute(DelegateExecution execution) {
    String productCode = PRODUCT_CODE.require(execution);
    List<AllocationLine> confirmed =
        AllocationText.parse(ALLOCATION_TEXT.require(execution)).items();
    // A change, cancellation or shipment after the confirmation: the manager is asked again.
    if (!allocations.anyWaiting(productCode)) {
      mails.allocationOutdated(
          execution.getProcessInstanceId(), productCode, "已没有订单等待该产品出货", false);
      throw new BpmnError(ShortageAllocationProcess.Errors.NOTHING_WAITING);
    }
    Optional<String> outdated = allocations.outdated(productCode, confirmed);
    if (outdated.isPresent()) {
      mails.allocationOutdated(execution.getProcessInstanceId(), productCode, outdated.get(), true);
      throw new BpmnError(ShortageAllocationProcess.Errors.ALLOCATION_OUTDATED, outdated.get());
    }
    List<Claim> claims = allocations.allocate(ShortageForm.request(execution), confirmed);
    Map<Long, Map<Integer, BigDecimal>> perOrder = new LinkedHashMap<>();
    for (Claim claim : claims) {
      BigDecimal given = claim.allocated();
      if (given.signum() > 0) {
        perOrder
            .computeIfAbsent(claim.orderId(), id -> new LinkedHashMap<>())
            .put(claim.lineNo(), given);
      }
      if (given.compareTo(claim.outstanding()) < 0) {
        mails.shortfall(
            claim.orderId(),
            productCode,
            Numbers.plain(given),
            Numbers.plain(claim.outstanding()),
            execution.getProcessInstanceId() + ":" + claim.lineNo());
      }
    }
    String note = ALLOCATION_NOTE.get(execution);
    String readyNote =
        "短缺分配（" + productCode + "）" + (note == null || note.isBlank() ? "" : "：" + note.strip());
    perOrder.forEach(
        (orderId, lines) -> shipping.goodsReady(orderId, lines, readyNote, Actors.SYSTEM));
  }
}
