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
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends each confirmed allocation to its order as finished goods (a shipment starts there) and
 * tells the assistant of every order line left short.
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
  @Transactional
  public void execute(DelegateExecution execution) {
    String productCode = PRODUCT_CODE.require(execution);
    List<Claim> claims =
        allocations.allocate(
            ShortageForm.request(execution),
            AllocationText.parse(ALLOCATION_TEXT.require(execution)).items());
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
