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
 * Indexes the engine's schema lacks: for a lookup Camunda makes on every task completion (it
 * deletes the task's sub-tasks, found by {@code PARENT_TASK_ID_}, which without an index scans
 * every running task), and on PostgreSQL for the audit report of the longest waits (the waits other
 * than tasks in a period: a partial index that holds those few rows only, so the many other
 * activity instances written cost nothing more). Created when the engine has built (and created)
 * its tables, before the job executor starts, if they do not exist yet; Flyway cannot, as it may
 * run before the engine creates its tables on a new database.
 */
@Component
public class EngineIndexesPlugin extends AbstractProcessEnginePlugin {

  /**
   * The activity instances that are waits but not tasks (a message, a signal, a date awaited), as
   * the partial index selects them; a query the index is to serve must say it in these words.
   */
  public static final String WAITS_OTHER_THAN_TASKS = "a.ACT_TYPE_ IN " + Waits.TYPES;

  private static final class Waits {
    static final String TYPES =
        "('receiveTask', 'eventBasedGateway', 'intermediateTimer', 'intermediateMessageCatch',"
            + " 'intermediateSignalCatch')";
  }

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexesPlugin.class);

  static final List<String> INDEXES =
      List.of("CREATE INDEX IF NOT EXISTS GENDAN_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)");

  /** PostgreSQL only: H2 has no partial indexes, and an embedded database holds little history. */
  static final List<String> POSTGRES_INDEXES =
      List.of(
          "CREATE INDEX IF NOT EXISTS GENDAN_IDX_HI_ACT_WAITS ON ACT_HI_ACTINST (END_TIME_)"
              + " WHERE ACT_TYPE_ IN "
              + Waits.TYPES);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String index : INDEXES) {
        statement.execute(index);
      }
      if ("postgres".equals(configuration.getDatabaseType())) {
        for (String index : POSTGRES_INDEXES) {
          statement.execute(index);
        }
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
