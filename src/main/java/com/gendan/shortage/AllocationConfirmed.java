package com.gendan.shortage;

import static com.gendan.shortage.ShortageAllocationProcess.Variables.ALLOCATION_TEXT;

import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.TextRows;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks the manager's (possibly changed) allocation before it is released. */
@Component(ShortageAllocationProcess.Beans.ALLOCATION_CONFIRMED)
class AllocationConfirmed implements TaskListener {

  private final ShortageAllocations allocations;
  private final FormLabels formLabels;

  AllocationConfirmed(ShortageAllocations allocations, FormLabels formLabels) {
    this.allocations = allocations;
    this.formLabels = formLabels;
  }

  @Override
  public void notify(DelegateTask task) {
    FieldLabels labels = formLabels.ofTask(task);
    ShortageRequest shortage = ShortageForm.request(task);
    TextRows.RowItems<AllocationLine> lines =
        InvalidTaskInputException.translating(
            labels::of, () -> AllocationText.parse(ALLOCATION_TEXT.get(task)));
    // The service names the request's lines; on this form they are the rows of the text.
    InvalidTaskInputException.translating(
        field -> labels.of(lines.formField(field)),
        () -> allocations.allocate(shortage, lines.items()));
  }
}
