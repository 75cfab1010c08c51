package com.gendan.scope;

import com.gendan.process.InvalidTaskInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables of the customer scope. A process instance started with {@link #CUSTOMER_ID}
 * (or {@link #CUSTOMER_CODE}) belongs to that customer: it runs in the customer's tenant ({@link
 * CustomerTenants}), so its assistant and sales rep see the instance, its tasks and its history,
 * and no other assistant or rep does. The scope also puts the two user ids into the instance, so a
 * model assigns assistant work with {@code camunda:assignee="${customerAssistant}"}.
 */
public final class CustomerScope {

  /** Set by whoever starts the process: the id of the customer the work is for. */
  public static final String CUSTOMER_ID = "customerId";

  /**
   * Alternatively set by a start form: the customer's code, which people know. The scope then sets
   * {@link #CUSTOMER_ID}.
   */
  public static final String CUSTOMER_CODE = "customerCode";

  /** Set by the scope at start: the customer's sales assistant (Camunda user id). */
  public static final String CUSTOMER_ASSISTANT = "customerAssistant";

  /** Set by the scope at start: the customer's sales rep (Camunda user id). */
  public static final String CUSTOMER_SALES_REP = "customerSalesRep";

  private CustomerScope() {}

  /** The customer of the instance, or null when the process is not customer-scoped. */
  public static Long customerId(VariableScope variables) {
    return customerId(variables.getVariable(CUSTOMER_ID));
  }

  static Long customerId(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number number) {
      return number.longValue();
    }
    // only an admin may send other variables than a form's, and then gets a 400 naming it
    throw new InvalidTaskInputException(CUSTOMER_ID, "客户ID必须是数字");
  }

  public static String customerCode(VariableScope variables) {
    return customerCode(variables.getVariable(CUSTOMER_CODE));
  }

  static String customerCode(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  public static String assistant(VariableScope variables) {
    return (String) variables.getVariable(CUSTOMER_ASSISTANT);
  }

  public static String salesRep(VariableScope variables) {
    return (String) variables.getVariable(CUSTOMER_SALES_REP);
  }
}
