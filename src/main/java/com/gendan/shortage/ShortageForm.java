package com.gendan.shortage;

import static com.gendan.shortage.ShortageAllocationProcess.Variables.AVAILABLE_QUANTITY;
import static com.gendan.shortage.ShortageAllocationProcess.Variables.PRODUCT_CODE;

import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The reported shortage as the start form (or the API) left it in the process: the product and the
 * available quantity (exact text in the engine), read as the API's request.
 */
final class ShortageForm {

  private ShortageForm() {}

  /** The shortage; an {@link InvalidTaskInputException} naming the quantity if it is no number. */
  static ShortageRequest request(VariableScope scope) {
    return new ShortageRequest(PRODUCT_CODE.get(scope), AVAILABLE_QUANTITY.get(scope));
  }
}
