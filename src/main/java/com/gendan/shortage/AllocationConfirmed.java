package com.gendan.shortage;

import static com.gendan.shortage.ShortageAllocationProcess.Variables.ALLOCATION_TEXT;
import static com.gendan.shortage.ShortageAllocationProcess.Variables.AVAILABLE_QUANTITY;
import static com.gendan.shortage.ShortageAllocationProcess.Variables.PRODUCT_CODE;

import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the manager's (possibly changed) allocation before it is released. */
@Component(ShortageAllocationProcess.Beans.ALLOCATION_CONFIRMED)
class AllocationConfirmed implements TaskListener {

  private final ShortageAllocations allocations;

  AllocationConfirmed(ShortageAllocations allocations) {
    this.allocations = allocations;
  }

  @Override
  public void notify(DelegateTask task) {
    String available = AVAILABLE_QUANTITY.get(task);
    InvalidTaskInputException.translating(
        ShortageFieldLabels.LABELS::of,
        () ->
            allocations.parse(
                ALLOCATION_TEXT.get(task),
                allocations.propose(PRODUCT_CODE.get(task), available),
                available));
  }
}
