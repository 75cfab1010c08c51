package com.gendan.close;

import com.gendan.postgres.FreshPostgresDatabase;
import com.gendan.postgres.PostgresFlowTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The month of {@link MonthlyCloseFlowTest} again, on the real PostgreSQL server with the
 * production profile: the close calendar's timer job, the archive index and usage statement of V29
 * (unique keys, LIMIT/OFFSET pages), the history query by end time, and the edit refused on an
 * archived document, for the demo customer C001.
 */
@PostgresFlowTest
class MonthlyClosePostgresIT extends MonthlyCloseFlowTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it_close");
  }
}
