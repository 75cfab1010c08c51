package com.gendan.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process flow test run again on the real PostgreSQL server with the production profile: its own
 * application context (closed afterwards), demo data on for the people, customers and products the
 * walks need, and the job executor off so the walks drive the jobs. The class also registers its
 * own database with {@link FreshPostgresDatabase#register}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "gendan.demo-data.enabled=true",
      // the walks call the administrator's repair endpoints as "admin", with the demo password
      "camunda.bpm.admin-user.password=Gendan#2026",
      "camunda.bpm.job-execution.enabled=false"
    })
@ActiveProfiles("postgres")
@DirtiesContext
public @interface PostgresFlowTest {}
