package com.gendan.shortage;

import static com.gendan.shortage.ShortageAllocationProcess.Variables.AVAILABLE_QUANTITY;
import static com.gendan.shortage.ShortageAllocationProcess.Variables.PRODUCT_CODE;

import com.gendan.process.InvalidTaskInputException;
import com.gendan.process.Numbers;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The reported shortage as the start form (or the API) left it in the process: the product and the
 * available quantity, kept as the text the form submitted, read as the API's request.
 */
final class ShortageForm {

  private ShortageForm() {}

  static ShortageRequest request(VariableScope scope) {
    String text = AVAILABLE_QUANTITY.get(scope);
    BigDecimal available = Numbers.parse(text);
    if (available == null && text != null && !text.isBlank()) {
      throw new InvalidTaskInputException(
          ShortageFieldLabels.LABELS.of(AVAILABLE_QUANTITY.name()), "请填写数字");
    }
    return new ShortageRequest(PRODUCT_CODE.get(scope), available);
  }
}
