package com.gendan.receivable;

import com.gendan.postgres.FreshPostgresDatabase;
import com.gendan.postgres.PostgresFlowTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The collection ladder's walks of {@link ReceivableCollectionFlowTest} again on the real
 * PostgreSQL server with the production profile: V27 on PostgreSQL, an invoice 61 days overdue once
 * the clock is moved, the ladder's jobs, the credit hold stopping a new order at review and lifted
 * by the payment, and the weekly mail's workbook equal to the API.
 */
@PostgresFlowTest
class ReceivableCollectionPostgresIT extends ReceivableCollectionFlowTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it_receivable_collection");
  }
}
