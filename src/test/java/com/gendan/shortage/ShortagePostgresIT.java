package com.gendan.shortage;

import com.gendan.postgres.FreshPostgresDatabase;
import com.gendan.postgres.PostgresFlowTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shortage walk of {@link ShortageFlowTest} again, on the real PostgreSQL server. */
@PostgresFlowTest
class ShortagePostgresIT extends ShortageFlowTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it_shortage");
  }
}
