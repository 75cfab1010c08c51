package com.gendan.shortage;

import static com.gendan.shortage.ShortageAllocationProcess.Variables.ALLOCATION_PROPOSAL;
import static com.gendan.shortage.ShortageAllocationProcess.Variables.ALLOCATION_TEXT;
import static com.gendan.shortage.ShortageAllocationProcess.Variables.PRODUCT_CODE;
import static com.gendan.shortage.ShortageAllocationProcess.Variables.SHORTAGE_SUMMARY;

import com.gendan.data.Codes;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ranks the open orders for the short product and puts the proposal on the manager's form. */
@Component(ShortageAllocationProcess.Beans.PROPOSE_ALLOCATION)
class ProposeAllocation implements JavaDelegate {

  private final ShortageAllocations allocations;
  private final FormLabels formLabels;

  ProposeAllocation(ShortageAllocations allocations, FormLabels formLabels) {
    this.allocations = allocations;
    this.formLabels = formLabels;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FieldLabels labels = formLabels.ofStart(execution);
    ShortageRequest shortage =
        InvalidTaskInputException.translating(labels::of, () -> ShortageForm.request(execution));
    List<Claim> proposal =
        InvalidTaskInputException.translating(labels::of, () -> allocations.propose(shortage));
    String productCode = Codes.normalized(shortage.productCode());
    PRODUCT_CODE.set(execution, productCode);
    SHORTAGE_SUMMARY.set(
        execution,
        ShortageAllocations.summary(productCode, shortage.availableQuantity(), proposal));
    ALLOCATION_PROPOSAL.set(execution, ShortageAllocations.describe(proposal));
    ALLOCATION_TEXT.set(execution, AllocationText.format(proposal));
    execution.setProcessBusinessKey("短缺-" + productCode);
  }
}
