package com.gendan.conduct;

import com.gendan.postgres.FreshPostgresDatabase;
import com.gendan.postgres.PostgresFlowTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The conduct review walks of {@link ConductReviewFlowTest} again on the real PostgreSQL server
 * with the production profile: the case numbers from PostgreSQL's sequence, the fine as NUMERIC,
 * the refused report saving nothing.
 */
@PostgresFlowTest
class ConductReviewPostgresIT extends ConductReviewFlowTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it_conduct_review");
  }
}
