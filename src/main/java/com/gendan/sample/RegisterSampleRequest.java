package com.gendan.sample;

import static com.gendan.sample.SampleTrackingProcess.Variables.APPROVAL_REQUIRED;
import static com.gendan.sample.SampleTrackingProcess.Variables.CHARGED;
import static com.gendan.sample.SampleTrackingProcess.Variables.PRODUCT_CODE;
import static com.gendan.sample.SampleTrackingProcess.Variables.PURPOSE;
import static com.gendan.sample.SampleTrackingProcess.Variables.QUANTITY;
import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_ID;
import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_NUMBER;
import static com.gendan.sample.SampleTrackingProcess.Variables.SAMPLE_VALUE;
import static com.gendan.sample.SampleTrackingProcess.Variables.SPEC_TEXT;
import static com.gendan.sample.SampleTrackingProcess.Variables.TARGET_DATE;
import static com.gendan.sample.SampleTrackingProcess.Variables.UNIT;

import com.gendan.problem.FieldProblem;
import com.gendan.problem.InvalidRequestException;
import com.gendan.process.Actors;
import com.gendan.process.FieldLabels;
import com.gendan.process.FormLabels;
import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.Numbers;
import com.gendan.process.ProcessVariable;
import com.gendan.scope.CustomerScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step: a request from Tasklist's start form becomes a sample request (the API registers
 * it itself and starts the process with its id). Either way the process is linked to it, the forms
 * get their variables and the approval gateway its answer.
 */
@Component(SampleTrackingProcess.Beans.REGISTER_REQUEST)
class RegisterSampleRequest implements JavaDelegate {

  private final SampleService sampleService;
  private final SampleFormVariables formVariables;
  private final FormLabels formLabels;

  RegisterSampleRequest(
      SampleService sampleService, SampleFormVariables formVariables, FormLabels formLabels) {
    this.sampleService = sampleService;
    this.formVariables = formVariables;
    this.formLabels = formLabels;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long sampleId = SAMPLE_ID.get(execution);
    if (sampleId == null) {
      sampleId = registerFromStartForm(execution);
      SAMPLE_ID.set(execution, sampleId);
    }
    sampleService.linkProcess(sampleId, execution.getProcessInstanceId());
    formVariables.publish(execution, sampleId);
    APPROVAL_REQUIRED.set(execution, sampleService.needsApproval(sampleId));
    execution.setProcessBusinessKey(SAMPLE_NUMBER.get(execution));
  }

  private long registerFromStartForm(DelegateExecution execution) {
    FieldLabels labels =
        formLabels
            .ofStart(execution)
            .naming(CustomerScope.CUSTOMER_ID, CustomerScope.CUSTOMER_CODE);
    return InvalidTaskInputException.translating(
        labels::of,
        () -> {
          List<FieldProblem> problems = new ArrayList<>();
          LocalDate targetDate = TARGET_DATE.read(execution, problems);
          BigDecimal quantity = number(QUANTITY, execution, problems);
          BigDecimal value = number(SAMPLE_VALUE, execution, problems);
          InvalidRequestException.throwIfAny(problems);
          SampleRequestData data =
              new SampleRequestData(
                  CustomerScope.customerId(execution),
                  PRODUCT_CODE.get(execution),
                  SPEC_TEXT.get(execution),
                  quantity,
                  UNIT.get(execution),
                  PURPOSE.get(execution),
                  CHARGED.get(execution),
                  value,
                  targetDate);
          return sampleService.register(data, Actors.currentUserOr(null));
        });
  }

  /** A form's number field as a decimal, read by {@link Numbers#parse} (Infinity is none). */
  private static BigDecimal number(
      ProcessVariable<Double> variable, DelegateExecution execution, List<FieldProblem> problems) {
    Double value = variable.get(execution);
    BigDecimal number = value == null ? null : Numbers.parse(value.toString());
    if (value != null && number == null) {
      problems.add(new FieldProblem(variable.name(), "不是有效的数字"));
    }
    return number;
  }
}
