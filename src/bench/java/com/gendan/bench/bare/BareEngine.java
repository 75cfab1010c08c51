package com.gendan.bench.bare;

import com.gendan.bench.BenchDatabase;
import com.gendan.bench.sql.CountingDataSources;
import com.gendan.bench.sql.SqlCounter;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * The floor: a standalone Camunda engine in the bench's JVM — no Spring, no Gendan — authorization
 * off, history full, job executor off, on a database of its own, with only the same-shape models
 * deployed. Its DataSource is counted like the application's.
 */
public final class BareEngine implements AutoCloseable {

  public static final List<String> MODELS =
      List.of("processes/bench-sample-shape.bpmn", "processes/bench-order-shape.bpmn");

  private final HikariDataSource pool;
  private final ProcessEngine engine;

  private BareEngine(HikariDataSource pool, ProcessEngine engine) {
    this.pool = pool;
    this.engine = engine;
  }

  public static BareEngine start(BenchDatabase database, String name, SqlCounter counter) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.url(name));
    config.setUsername(database.user());
    config.setPassword(database.password());
    config.setMaximumPoolSize(10);
    config.setPoolName("bare-engine");
    HikariDataSource pool = new HikariDataSource(config);
    DataSource counted = CountingDataSources.wrap(pool, counter, "bare-engine");
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bench-bare");
    configuration.setDataSource(counted);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setAuthorizationEnabled(false);
    configuration.setJobExecutorActivate(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    var deployment = engine.getRepositoryService().createDeployment().name("bench-bare");
    MODELS.forEach(deployment::addClasspathResource);
    deployment.deploy();
    return new BareEngine(pool, engine);
  }

  public ProcessEngine engine() {
    return engine;
  }

  @Override
  public void close() {
    engine.close();
    pool.close();
  }
}
