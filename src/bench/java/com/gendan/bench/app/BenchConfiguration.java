package com.gendan.bench.app;

import com.gendan.bench.scale.ScaleGenerator;
import com.gendan.bench.sql.CountingDataSources;
import com.gendan.bench.sql.SqlCounter;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the bench adds to the application it runs in-process (a source of its SpringApplication,
 * {@link GendanInProcess}): the counting DataSource, the commit signals its clients wait on and the
 * generator of scale data. Nothing here changes what Gendan does.
 */
@Configuration(proxyBeanMethods = false)
public class BenchConfiguration {

  /** The bench's counter, registered by {@link GendanInProcess} before the context starts. */
  public static final String SQL_COUNTER = "benchSqlCounter";

  @Bean
  static CountingDataSources benchCountingDataSources(@Qualifier(SQL_COUNTER) SqlCounter counter) {
    return new CountingDataSources(counter);
  }

  @Bean
  CommitSignals benchCommitSignals() {
    return new CommitSignals();
  }

  @Bean
  EngineProbe benchEngineProbe(ProcessEngine engine, CommitSignals signals) {
    return new EngineProbe(engine, signals);
  }

  @Bean
  ScaleGenerator benchScaleGenerator(
      ProcessEngine engine, PlatformTransactionManager transactions) {
    return new ScaleGenerator(engine, transactions);
  }
}
