package com.gendan.shipment;

import com.gendan.postgres.FreshPostgresDatabase;
import com.gendan.postgres.PostgresFlowTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shipment, change and cancellation walks of {@link ShipmentFlowTest} again, on the real
 * PostgreSQL server with the production profile (demo data on for the people, customers and
 * products they need).
 */
@PostgresFlowTest
class ShipmentPostgresIT extends ShipmentFlowTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it_shipment");
  }
}
