package com.gendan.orderchange;

import com.gendan.postgres.FreshPostgresDatabase;
import com.gendan.postgres.PostgresFlowTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The change and cancellation walks of {@link OrderChangeFlowTest} again on the real PostgreSQL
 * server with the production profile: among them a cancellation approved while the order waits in
 * production, which ends that order's process, and exactly one mail per department; the one open
 * request an order held by PostgreSQL's unique index, the refused requests saving nothing.
 */
@PostgresFlowTest
class OrderChangePostgresIT extends OrderChangeFlowTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it_order_change");
  }
}
