package com.gendan.shortage;

import com.gendan.data.Codes;
import com.gendan.identity.Role;
import com.gendan.process.EngineActions;
import com.gendan.process.Numbers;
import com.gendan.security.CurrentUser;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Production (or a sales manager) reports a short product: the proposal is checked and shown at
 * once, and the allocation process starts for the sales manager to confirm.
 */
@Service
@Transactional
class ShortageApi {

  private static final Logger LOG = LoggerFactory.getLogger(ShortageApi.class);

  private final ShortageAllocations allocations;
  private final RuntimeService runtimeService;
  private final EngineActions engineActions;

  ShortageApi(
      ShortageAllocations allocations, RuntimeService runtimeService, EngineActions engineActions) {
    this.allocations = allocations;
    this.runtimeService = runtimeService;
    this.engineActions = engineActions;
  }

  ShortageView report(ShortageRequest request, CurrentUser user) {
    user.requireAnyRole("只有生产或业务主管可以报告短缺", Role.PRODUCTION, Role.SALES_MANAGER);
    String available = Numbers.plain(request.availableQuantity());
    // Checked here first so that bad input is a 400 naming the API's fields.
    List<Claim> proposal = allocations.propose(request);
    String instanceId =
        engineActions.asEngine(
            () ->
                runtimeService
                    .createProcessInstanceByKey(ShortageAllocationProcess.KEY)
                    .setVariable(
                        ShortageAllocationProcess.Variables.PRODUCT_CODE.name(),
                        Codes.normalized(request.productCode()))
                    .setVariable(
                        ShortageAllocationProcess.Variables.AVAILABLE_QUANTITY.name(), available)
                    .execute()
                    .getId());
    LOG.info(
        "Shortage of {} ({} available) reported by {}, process {}",
        request.productCode(),
        available,
        user.userId(),
        instanceId);
    return new ShortageView(
        instanceId,
        Codes.normalized(request.productCode()),
        available,
        proposal.stream()
            .map(
                c ->
                    new ShortageView.ProposedLine(
                        c.orderNumber(),
                        c.lineNo(),
                        c.customerName(),
                        c.priority(),
                        c.reason(),
                        c.requestedDate().toString(),
                        Numbers.plain(c.outstanding()),
                        Numbers.plain(c.allocated())))
            .toList());
  }

  /** The started allocation with the proposal the sales manager will confirm. */
  record ShortageView(
      String processInstanceId,
      String productCode,
      String availableQuantity,
      List<ProposedLine> proposal) {

    record ProposedLine(
        String orderNumber,
        int lineNo,
        String customerName,
        int priority,
        String reason,
        String requestedDate,
        String outstanding,
        String proposed) {}
  }
}
