package com.gendan.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for a lookup Camunda makes on every task completion: it deletes
 * the task's sub-tasks, found by {@code PARENT_TASK_ID_}, which without an index scans every
 * running task. Created when the engine has built (and created) its tables, before the job executor
 * starts, if they do not exist yet; Flyway cannot, as it may run before the engine creates its
 * tables on a new database.
 */
@Component
class EngineIndexesPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexesPlugin.class);

  static final List<String> INDEXES =
      List.of("CREATE INDEX IF NOT EXISTS GENDAN_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)");

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String index : INDEXES) {
        statement.execute(index);
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the engine's extra indexes", e);
    }
    LOG.debug("engine indexes in place: {}", INDEXES.size());
  }
}
