package com.gendan.shortage;

import java.util.List;

import jakarta.validation.Valid;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.gendan.process.Numbers;
import com.gendan.identity.Role;
import com.gendan.process.EngineActions;
import com.gendan.security.CurrentUser;
import com.gendan.security.CurrentUsers;
import com.gendan.web.ForbiddenException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "shortages", description = "短缺分配：主要客户优先，再按承诺交期，业务主管确认")
class ShortageController {

  private static final Logger LOG = LoggerFactory.getLogger(ShortageController.class);

  private final ShortageAllocations allocations;
  private final RuntimeService runtimeService;
  private final EngineActions engineActions;
  private final CurrentUsers currentUsers;

  ShortageController(ShortageAllocations allocations, RuntimeService runtimeService,
      EngineActions engineActions, CurrentUsers currentUsers) {
    this.allocations = allocations;
    this.runtimeService = runtimeService;
    this.engineActions = engineActions;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/api/shortages")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  @Operation(summary = "Report a short product; a sales manager confirms the proposed allocation")
  ShortageView report(@Valid @RequestBody ShortageRequest request) {
    CurrentUser user = currentUsers.current();
    if (!user.hasRole(Role.PRODUCTION) && !user.hasRole(Role.SALES_MANAGER)
        && !user.hasRole(Role.ADMIN)) {
      throw new ForbiddenException("只有生产或业务主管可以报告短缺");
    }
    String available = request.availableQuantity().toPlainString();
    List<Claim> proposal = allocations.propose(request.productCode(), available);
    String instanceId = engineActions.asEngine(() -> runtimeService
        .createProcessInstanceByKey(ShortageAllocationProcess.KEY)
        .setVariable(ShortageAllocationProcess.Variables.PRODUCT_CODE.name(),
            request.productCode().strip())
        .setVariable(ShortageAllocationProcess.Variables.AVAILABLE_QUANTITY.name(), available)
        .execute().getId());
    LOG.info("Shortage of {} ({} available) reported by {}, process {}", request.productCode(),
        available, user.userId(), instanceId);
    return new ShortageView(instanceId, request.productCode().strip(), available,
        proposal.stream().map(c -> new ShortageView.ProposedLine(c.orderNumber(), c.lineNo(),
            c.customerName(), c.priority(), c.reason(), c.requestedDate().toString(),
            Numbers.plain(c.outstanding()), Numbers.plain(c.allocated())))
            .toList());
  }

  /** The started allocation with the proposal the sales manager will confirm. */
  record ShortageView(String processInstanceId, String productCode, String availableQuantity,
      List<ProposedLine> proposal) {

    record ProposedLine(String orderNumber, int lineNo, String customerName, int priority,
        String reason, String requestedDate, String outstanding, String proposed) {
    }
  }
}
