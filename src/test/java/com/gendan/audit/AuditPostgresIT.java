package com.gendan.audit;

import com.gendan.postgres.FreshPostgresDatabase;
import com.gendan.postgres.PostgresFlowTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit views of {@link AuditApiTest} again on the real PostgreSQL server: the reports' SQL
 * over the engine's history tables, the read log and its cleanup, as in production.
 */
@PostgresFlowTest
class AuditPostgresIT extends AuditApiTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it_audit");
  }
}
