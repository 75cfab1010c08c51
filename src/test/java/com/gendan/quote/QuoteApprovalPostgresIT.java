package com.gendan.quote;

import com.gendan.postgres.FreshPostgresDatabase;
import com.gendan.postgres.PostgresFlowTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The quote walks of {@link QuoteApprovalFlowTest} again, on the real PostgreSQL server with the
 * production profile (demo data switched on for the people and customers they need).
 */
@PostgresFlowTest
class QuoteApprovalPostgresIT extends QuoteApprovalFlowTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it_quote");
  }
}
