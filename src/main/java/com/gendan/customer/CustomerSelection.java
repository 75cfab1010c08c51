package com.gendan.customer;

import java.util.List;

/**
 * Whose documents a list may show the user: every customer's (managers, finance, top management,
 * auditors), or those of the listed customers only (an assistant's or a rep's own, or the one the
 * user asked for), possibly none.
 *
 * @param customerIds the customers to hold a query to: null when every customer's documents may be
 *     listed, empty when none may (the user serves no customer, or the one asked for is not theirs)
 */
public record CustomerSelection(List<Long> customerIds) {

  public CustomerSelection {
    customerIds = customerIds == null ? null : List.copyOf(customerIds);
  }

  public static CustomerSelection everyCustomer() {
    return new CustomerSelection(null);
  }

  public static CustomerSelection of(List<Long> customerIds) {
    return new CustomerSelection(customerIds);
  }
}
