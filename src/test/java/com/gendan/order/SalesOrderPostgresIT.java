package com.gendan.order;

import com.gendan.postgres.FreshPostgresDatabase;
import com.gendan.postgres.PostgresFlowTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The order walks of {@link SalesOrderFlowTest} again, on the real PostgreSQL server with the
 * production profile (demo data switched on for the people, customers and products they need).
 */
@PostgresFlowTest
class SalesOrderPostgresIT extends SalesOrderFlowTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it_order");
  }
}
