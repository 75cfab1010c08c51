package com.gendan.complaint;

import com.gendan.postgres.FreshPostgresDatabase;
import com.gendan.postgres.PostgresFlowTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The complaint walks of {@link ComplaintFlowTest} again, on the real PostgreSQL server with the
 * production profile (demo data switched on for the people and customers they need): the
 * attachments' BYTEA, the allowance and the list queries on the production database.
 */
@PostgresFlowTest
class ComplaintPostgresIT extends ComplaintFlowTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it_complaint");
  }
}
