package com.gendan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one application context shared by the H2-backed Spring Boot tests: the whole application on a
 * random port, demo data on, job executor off (see src/test/resources/config). Keeping a single
 * configuration means a single cached context and a single process engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface GendanSpringBootTest {}
