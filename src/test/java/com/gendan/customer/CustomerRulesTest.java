package com.gendan.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.identity.Role;
import com.gendan.problem.FieldProblem;
import com.gendan.product.CurrencyProperties;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cross-field rules, the change diff and the edit rights of customers, without Spring. */
class CustomerRulesTest {

  private final List<String> membershipQueries = new ArrayList<>();
  private final Map<String, Role> members =
      Map.of(
          "liuyang",
          Role.SALES_ASSISTANT,
          "chenjing",
          Role.SALES_ASSISTANT,
          "wangqiang",
          Role.SALES_REP);
  private final CustomerRules rules =
      new CustomerRules(
          new CurrencyProperties(List.of("CNY", "USD")),
          (userId, role) -> {
            membershipQueries.add(userId);
            return members.get(userId) == role;
          });

  @Test
  void aValidCustomerPasses() {
    assertThat(rules.check(customer("liuyang", "wangqiang", "CNY", contact(true)), null)).isEmpty();
  }

  @Test
  void assistantAndRepMustBeInTheirGroups() {
    assertThat(rules.check(customer("wangqiang", "liuyang", "CNY", contact(true)), null))
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("assistantUserId", "salesRepUserId");
  }

  @Test
  void anUnchangedTeamIsNotCheckedAgain() {
    CustomerRequest before = customer("departed", "wangqiang", "CNY", contact(true));

    assertThat(rules.check(customer("departed", "wangqiang", "CNY", contact(true)), before))
        .isEmpty();
    assertThat(membershipQueries).isEmpty();
    assertThat(rules.check(customer("nobody", "wangqiang", "CNY", contact(true)), before))
        .extracting(FieldProblem::field)
        .containsExactly("assistantUserId");
  }

  @Test
  void creditLimitCurrencyMustBeConfigured() {
    assertThat(rules.check(customer("liuyang", "wangqiang", "JPY", contact(true)), null))
        .extracting(FieldProblem::field)
        .containsExactly("creditLimitCurrency");
  }

  @Test
  void exactlyOnePrimaryContactUnlessThereAreNone() {
    assertThat(rules.check(customer("liuyang", "wangqiang", "CNY"), null)).isEmpty();
    assertThat(rules.check(customer("liuyang", "wangqiang", "CNY", contact(false)), null))
        .extracting(FieldProblem::field)
        .containsExactly("contacts");
    assertThat(
            rules.check(
                customer("liuyang", "wangqiang", "CNY", contact(true), contact(true)), null))
        .extracting(FieldProblem::field)
        .containsExactly("contacts");
  }

  @Test
  void changesIgnoreTheScaleOfAmountsAndSeeContactEdits() {
    CustomerRequest before = customer("liuyang", "wangqiang", "CNY", contact(true));
    CustomerRequest sameAmount =
        new CustomerRequest(
            before.code(),
            before.chineseName(),
            null,
            before.tier(),
            "liuyang",
            "wangqiang",
            30,
            new BigDecimal("100000.00"),
            "CNY",
            25,
            false,
            false,
            null,
            List.of(contact(true)),
            List.of());
    CustomerRequest newPhone =
        new CustomerRequest(
            before.code(),
            before.chineseName(),
            " ",
            before.tier(),
            "liuyang",
            "wangqiang",
            30,
            new BigDecimal("100000"),
            "CNY",
            25,
            false,
            false,
            "",
            List.of(new CustomerContact("张伟", null, "0512-1111", null, null, true)),
            List.of());

    assertThat(CustomerField.changes(before, sameAmount)).isEmpty();
    assertThat(CustomerField.changes(before, newPhone))
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.field()).isEqualTo(CustomerField.CONTACTS);
              assertThat(change.newValue()).contains("0512-1111", "主要联系人");
            });
  }

  @Test
  void editRightsFollowTheRoles() {
    CustomerRequest customer = customer("liuyang", "wangqiang", "CNY", contact(true));

    assertThat(CustomerAccess.writableGroups(user("sunli", Role.SALES_MANAGER), customer))
        .containsExactlyInAnyOrder(CustomerField.Group.values());
    assertThat(CustomerAccess.writableGroups(user("admin", Role.ADMIN), customer))
        .containsExactlyInAnyOrder(CustomerField.Group.values());
    assertThat(CustomerAccess.writableGroups(user("wufang", Role.FINANCE), customer))
        .containsExactly(CustomerField.Group.CREDIT);
    assertThat(CustomerAccess.writableGroups(user("liuyang", Role.SALES_ASSISTANT), customer))
        .containsExactly(CustomerField.Group.CONTACT);
    assertThat(CustomerAccess.writableGroups(user("chenjing", Role.SALES_ASSISTANT), customer))
        .isEmpty();
    assertThat(CustomerAccess.writableGroups(user("wangqiang", Role.SALES_REP), customer))
        .isEmpty();
    assertThat(CustomerAccess.writableGroups(user("linxue", Role.AUDITOR), customer)).isEmpty();
  }

  @Test
  void readRightsFollowTheCustomerScope() {
    CustomerRequest customer = customer("liuyang", "wangqiang", "CNY");

    assertThat(CustomerAccess.canRead(user("liuyang", Role.SALES_ASSISTANT), customer)).isTrue();
    assertThat(CustomerAccess.canRead(user("wangqiang", Role.SALES_REP), customer)).isTrue();
    assertThat(CustomerAccess.canRead(user("chenjing", Role.SALES_ASSISTANT), customer)).isFalse();
    assertThat(CustomerAccess.canRead(user("zhengwei", Role.PRODUCTION), customer)).isFalse();
    for (Role role : Set.of(Role.SALES_MANAGER, Role.FINANCE, Role.AUDITOR, Role.GENERAL_MANAGER)) {
      assertThat(CustomerAccess.canRead(user("x", role), customer)).as(role.name()).isTrue();
    }
  }

  private static com.gendan.security.CurrentUser user(String id, Role role) {
    return new com.gendan.security.CurrentUser(id, List.of(role.groupId()));
  }

  private static CustomerContact contact(boolean primary) {
    return new CustomerContact("张伟", "采购经理", null, "zhangwei@hengda-example.cn", null, primary);
  }

  private static CustomerRequest customer(
      String assistant, String rep, String currency, CustomerContact... contacts) {
    return new CustomerRequest(
        "C900",
        "苏州恒达电子有限公司",
        null,
        CustomerTier.PRIMARY,
        assistant,
        rep,
        30,
        new BigDecimal("100000"),
        currency,
        null,
        null,
        null,
        null,
        List.of(contacts),
        null);
  }
}
