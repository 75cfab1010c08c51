package com.gendan.credit;

import com.gendan.postgres.FreshPostgresDatabase;
import com.gendan.postgres.PostgresFlowTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The credit-hold release walks of {@link CreditHoldReleaseFlowTest} again on the real PostgreSQL
 * server with the production profile: a customer on hold, an order stopped at review, a release
 * approved by wufang (finance) and zhougang (general manager) that lets exactly that order through
 * while another order of the same customer still stops, expiry ending it, and a refusal; the
 * release numbers from PostgreSQL's sequence, the amounts as NUMERIC, V28 on PostgreSQL.
 */
@PostgresFlowTest
class CreditHoldReleasePostgresIT extends CreditHoldReleaseFlowTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it_credit_hold_release");
  }
}
