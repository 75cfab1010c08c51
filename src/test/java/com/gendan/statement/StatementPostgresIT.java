package com.gendan.statement;

import com.gendan.postgres.FreshPostgresDatabase;
import com.gendan.postgres.PostgresFlowTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The month of {@link StatementFlowTest} again, on the real PostgreSQL server with the production
 * profile (demo data switched on for the people it needs): the statement calendar's timer job, the
 * statement's SQL over shipments, returns and allowances, the sequences and unique keys of V24, the
 * outbox's attachments and the invoice's receivable on the production database.
 */
@PostgresFlowTest
class StatementPostgresIT extends StatementFlowTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it_statement");
  }
}
