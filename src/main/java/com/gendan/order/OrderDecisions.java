package com.gendan.order;

import com.gendan.data.Labeled;
import com.gendan.process.FormChoice;

/**
 * The decisions the sales order's forms submit, one enum each. The value is the form option's value
 * and what the model's gateways compare.
 */
public final class OrderDecisions {

  private OrderDecisions() {}

  /** The correction form: the customer corrected the lines, or the findings are accepted. */
  public enum CorrectionAction implements FormChoice {
    REVISE("revise"),
    ACCEPT("accept");

    private final String value;

    CorrectionAction(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  /** The sales manager's word on an accepted price deviation. */
  public enum DeviationDecision implements FormChoice {
    CONFIRM("confirm"),
    REJECT("reject");

    private final String value;

    DeviationDecision(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  /** Finance's word on the credit hold. */
  public enum CreditHold implements FormChoice {
    LIFTED("yes"),
    KEPT("no");

    private final String value;

    CreditHold(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  /** Quality's outgoing inspection of a batch (出货检验): shipped only when passed. */
  public enum InspectionResult implements FormChoice, Labeled {
    PASS("pass", "合格，放行"),
    HOLD("hold", "不合格，扣留");

    private final String value;
    private final String label;

    InspectionResult(String value, String label) {
      this.value = value;
      this.label = label;
    }

    @Override
    public String value() {
      return value;
    }

    @Override
    public String label() {
      return label;
    }
  }
}
