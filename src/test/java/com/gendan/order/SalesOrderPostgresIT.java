package com.gendan.order;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.gendan.postgres.FreshPostgresDatabase;

/**
 * The order walks of {@link SalesOrderFlowTest} again, on the real PostgreSQL server with the
 * production profile (demo data switched on for the people, customers and products they need).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "gendan.demo-data.enabled=true",
    "camunda.bpm.admin-user.password=Pg#Gendan-2026",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
@DirtiesContext
class SalesOrderPostgresIT extends SalesOrderFlowTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it_order");
  }
}
