package com.gendan.customer;

import com.gendan.identity.Role;
import com.gendan.security.CurrentUser;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see and change which customer (SPEC D13): an assistant or a sales rep sees only the
 * customers assigned to them; managers, finance, top management, auditors and admins see all. Sales
 * managers and admins change everything, finance the credit terms, an assistant the contacts,
 * addresses and standing requirements of their own customers.
 */
final class CustomerAccess {

  private CustomerAccess() {}

  static boolean canRead(CurrentUser user, CustomerData customer) {
    return user.serves(customer.assistantUserId(), customer.salesRepUserId());
  }

  static boolean canCreate(CurrentUser user) {
    return user.hasRole(Role.SALES_MANAGER) || user.hasRole(Role.ADMIN);
  }

  /** The field groups {@code user} may change on {@code customer}; empty if none. */
  static Set<CustomerField.Group> writableGroups(CurrentUser user, CustomerData customer) {
    if (canCreate(user)) {
      return EnumSet.allOf(CustomerField.Group.class);
    }
    Set<CustomerField.Group> groups = EnumSet.noneOf(CustomerField.Group.class);
    if (user.hasRole(Role.FINANCE)) {
      groups.add(CustomerField.Group.CREDIT);
    }
    if (user.hasRole(Role.SALES_ASSISTANT) && user.userId().equals(customer.assistantUserId())) {
      groups.add(CustomerField.Group.CONTACT);
    }
    return groups;
  }
}
