package com.gendan.customer;

import com.gendan.identity.Role;
import com.gendan.problem.FieldProblem;
import com.gendan.product.CurrencyProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The rules of a customer request that span fields or depend on configuration or on the identity
 * store. The team is checked only where it changes, so that a customer whose assistant has left can
 * still get its contacts updated.
 */
@Component
class CustomerRules {

  private final CurrencyProperties currencies;
  private final BiPredicate<String, Role> isMember;

  @Autowired
  CustomerRules(CurrencyProperties currencies, TeamMembership membership) {
    this(currencies, membership::isMember);
  }

  CustomerRules(CurrencyProperties currencies, BiPredicate<String, Role> isMember) {
    this.currencies = currencies;
    this.isMember = isMember;
  }

  /**
   * @param request the customer as it is to be
   * @param before the customer as it is, or null when it is to be created
   */
  List<FieldProblem> check(CustomerData request, CustomerData before) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request.creditLimitCurrency() != null
        && !currencies.isAllowed(request.creditLimitCurrency())) {
      problems.add(new FieldProblem("creditLimitCurrency", currencies.notAllowedMessage()));
    }
    if (request.contacts() != null
        && !request.contacts().isEmpty()
        && request.contacts().stream().filter(c -> c != null && c.primary()).count() != 1) {
      problems.add(new FieldProblem("contacts", "必须有且只有一个主要联系人"));
    }
    checkMember(
        problems,
        "assistantUserId",
        request.assistantUserId(),
        before == null ? null : before.assistantUserId(),
        Role.SALES_ASSISTANT);
    checkMember(
        problems,
        "salesRepUserId",
        request.salesRepUserId(),
        before == null ? null : before.salesRepUserId(),
        Role.SALES_REP);
    return problems;
  }

  private void checkMember(
      List<FieldProblem> problems, String field, String userId, String previousUserId, Role role) {
    if (userId != null && !Objects.equals(userId, previousUserId) && !isMember.test(userId, role)) {
      problems.add(
          new FieldProblem(
              field,
              "用户 " + userId + " 不存在或不属于" + role.chineseName() + "（" + role.groupId() + "）组"));
    }
  }
}
