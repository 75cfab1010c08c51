package com.gendan.sample;

import com.gendan.postgres.FreshPostgresDatabase;
import com.gendan.postgres.PostgresFlowTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample walks of {@link SampleTrackingFlowTest} again, on the real PostgreSQL server with the
 * production profile (demo data switched on for the people and customers they need).
 */
@PostgresFlowTest
class SampleTrackingPostgresIT extends SampleTrackingFlowTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it_sample");
  }
}
