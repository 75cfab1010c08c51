package com.gendan.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.GendanSpringBootTest;
import com.gendan.identity.DemoUser;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GendanSpringBootTest
class DemoCustomersTest {

  private static final List<String> DEMO_CODES =
      IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("C%03d", i)).toList();

  @Autowired CustomerDirectory directory;

  @Autowired CustomerTeams teams;

  @Autowired CustomerRepository customers;

  @Autowired DemoCustomers demoCustomers;

  @Test
  void tenDemoCustomersOfTheDemoTeams() {
    List<CustomerView> demo =
        DEMO_CODES.stream()
            .map(code -> directory.findByCode(code).orElseThrow(() -> new AssertionError(code)))
            .toList();

    assertThat(demo)
        .extracting(CustomerView::tier)
        .contains(CustomerTier.PRIMARY, CustomerTier.SECONDARY);
    assertThat(demo)
        .extracting(CustomerView::assistantUserId)
        .containsOnly(DemoUser.ASSISTANT_LIU, DemoUser.ASSISTANT_CHEN)
        .contains(DemoUser.ASSISTANT_LIU, DemoUser.ASSISTANT_CHEN);
    assertThat(demo)
        .extracting(CustomerView::salesRepUserId)
        .containsOnly(DemoUser.REP_WANG, DemoUser.REP_ZHAO)
        .contains(DemoUser.REP_WANG, DemoUser.REP_ZHAO);
    assertThat(demo).filteredOn(CustomerView::creditHold).hasSize(1);
    assertThat(demo).filteredOn(CustomerView::consignment).isNotEmpty();
    assertThat(demo).extracting(CustomerView::paymentTermsDays).contains(30, 60, 90);
    assertThat(demo)
        .allSatisfy(
            customer -> {
              assertThat(customer.chineseName()).endsWith("有限公司");
              assertThat(customer.primaryContact()).isPresent();
              assertThat(customer.primaryContact().get().email()).contains("-example.");
            });
  }

  @Test
  void runningAgainAddsNothing() {
    long before = customers.count();

    demoCustomers.run(null);

    assertThat(customers.count()).isEqualTo(before);
  }

  @Test
  void teamsAreTheAssignedAssistantAndRep() {
    CustomerView hengda = directory.findByCode("C001").orElseThrow();

    assertThat(teams.teamOf(hengda.id()))
        .contains(new CustomerTeam(hengda.id(), "C001", DemoUser.ASSISTANT_LIU, DemoUser.REP_WANG));
    assertThat(teams.teamOf(987654L)).isEmpty();
  }
}
