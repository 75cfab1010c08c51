package com.gendan.customer;

import com.gendan.security.CurrentUser;

/**
 * Who works for a customer: its sales assistant and its sales rep (Camunda user ids), with the
 * customer's code for messages.
 */
public record CustomerTeam(
    long customerId, String customerCode, String assistantUserId, String salesRepUserId) {

  /** Whether the user may see and work the customer's documents. */
  public boolean isServedBy(CurrentUser user) {
    return user.serves(assistantUserId, salesRepUserId);
  }

  /** Why a user who does not serve the customer is refused its {@code documents}, e.g. "报价". */
  public String refusal(String documents) {
    return "您不负责客户 " + customerCode + "，不能查看或办理其" + documents;
  }
}
