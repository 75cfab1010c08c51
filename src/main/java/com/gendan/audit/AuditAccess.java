package com.gendan.audit;

import com.gendan.identity.Role;
import com.gendan.problem.ForbiddenException;
import com.gendan.security.CurrentUser;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who reads which audit report. The reports over process history: everyone who sees customers'
 * work, each within it (an assistant or a rep, their customers' tenants only). The log of who read
 * which customer's documents: auditors and the managers they report to.
 */
final class AuditAccess {

  private static final Role[] READ_LOG_READERS = {
    Role.AUDITOR, Role.SALES_MANAGER, Role.GENERAL_MANAGER
  };

  private AuditAccess() {}

  static AuditReports.Tenants reportTenants(CurrentUser user) {
    if (user.seesAllCustomers()) {
      return AuditReports.Tenants.ALL;
    }
    if (limitedToOwnCustomers(user)) {
      return AuditReports.Tenants.only(user.tenantIds());
    }
    throw new ForbiddenException("稽核报表仅供业务、主管、财务和稽核人员查看");
  }

  static boolean mayReadReports(CurrentUser user) {
    return user.seesAllCustomers() || limitedToOwnCustomers(user);
  }

  static void requireReadLogReader(CurrentUser user) {
    user.requireAnyRole("单据查阅记录仅供稽核和主管查看", READ_LOG_READERS);
  }

  static boolean mayReadReadLog(CurrentUser user) {
    return user.hasRole(Role.ADMIN) || Arrays.stream(READ_LOG_READERS).anyMatch(user::hasRole);
  }

  private static boolean limitedToOwnCustomers(CurrentUser user) {
    return user.groupIds().stream()
        .map(Role::ofGroupId)
        .flatMap(Optional::stream)
        .anyMatch(Role::limitedToOwnCustomers);
  }
}
