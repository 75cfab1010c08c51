package com.gendan.scope;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a database from the customer scope's first design (read grants written for every instance
 * and task) to tenants, once: every row of an instance started for a customer gets its customer's
 * tenant, every other instance's rows the department's, and the per-instance and per-task grants
 * are deleted. Runs when the engine has been built, before its job executor starts, in one
 * transaction; an engine property records that it ran.
 */
final class TenantMigration {

  private static final Logger LOG = LoggerFactory.getLogger(TenantMigration.class);
  static final String DONE_PROPERTY = "gendan.customer-scope";
  static final String DONE_VALUE = "tenants";

  /** The engine's tables with a tenant, by the column naming the (root) process instance. */
  private static final List<String> BY_ROOT_INSTANCE =
      List.of(
          "ACT_GE_BYTEARRAY",
          "ACT_HI_ACTINST",
          "ACT_HI_ATTACHMENT",
          "ACT_HI_COMMENT",
          "ACT_HI_DECINST",
          "ACT_HI_DEC_IN",
          "ACT_HI_DEC_OUT",
          "ACT_HI_DETAIL",
          "ACT_HI_EXT_TASK_LOG",
          "ACT_HI_IDENTITYLINK",
          "ACT_HI_INCIDENT",
          "ACT_HI_JOB_LOG",
          "ACT_HI_OP_LOG",
          "ACT_HI_PROCINST",
          "ACT_HI_TASKINST",
          "ACT_RU_EXECUTION",
          "ACT_RU_JOB");

  private static final List<String> BY_INSTANCE =
      List.of(
          "ACT_RU_EVENT_SUBSCR",
          "ACT_RU_EXT_TASK",
          "ACT_RU_INCIDENT",
          "ACT_RU_TASK",
          "ACT_RU_VARIABLE");

  /** Last: the other updates read the customers from it. */
  private static final String VARIABLES = "ACT_HI_VARINST";

  /** The instance-level customerId variable of each customer-scoped instance. */
  private static final String CUSTOMER_OF =
      "SELECT CONCAT('customer', CAST(MAX(v.LONG_) AS "
          + "VARCHAR(20))) FROM ACT_HI_VARINST v WHERE v.NAME_ = 'customerId' "
          + "AND v.EXECUTION_ID_ = v.PROC_INST_ID_ AND v.PROC_INST_ID_ = t.%1$s";

  private static final String SCOPED =
      "SELECT v.PROC_INST_ID_ FROM ACT_HI_VARINST v "
          + "WHERE v.NAME_ = 'customerId' AND v.EXECUTION_ID_ = v.PROC_INST_ID_ "
          + "AND v.LONG_ IS NOT NULL";
  private static final String PER_INSTANCE_GRANTS =
      "DELETE FROM ACT_RU_AUTHORIZATION "
          + "WHERE RESOURCE_TYPE_ IN ("
          + Stream.of(
                  Resources.TASK,
                  Resources.PROCESS_INSTANCE,
                  Resources.HISTORIC_TASK,
                  Resources.HISTORIC_PROCESS_INSTANCE)
              .map(resource -> String.valueOf(resource.resourceType()))
              .collect(Collectors.joining(", "))
          + ") AND RESOURCE_ID_ <> '*'";

  private TenantMigration() {}

  static void runOnce(DataSource dataSource, ManagementService management) {
    if (DONE_VALUE.equals(management.getProperties().get(DONE_PROPERTY))) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        int instances = 0;
        for (String table : BY_ROOT_INSTANCE) {
          int rows = statement.executeUpdate(update(table, "ROOT_PROC_INST_ID_"));
          if (table.equals("ACT_HI_PROCINST")) {
            instances = rows;
          }
        }
        for (String table : BY_INSTANCE) {
          statement.executeUpdate(update(table, "PROC_INST_ID_"));
        }
        statement.executeUpdate(update(VARIABLES, "PROC_INST_ID_"));
        for (String table : BY_ROOT_INSTANCE) {
          statement.executeUpdate(toDepartment(table, "ROOT_PROC_INST_ID_"));
        }
        for (String table : BY_INSTANCE) {
          statement.executeUpdate(toDepartment(table, "PROC_INST_ID_"));
        }
        statement.executeUpdate(toDepartment(VARIABLES, "PROC_INST_ID_"));
        int grants = statement.executeUpdate(PER_INSTANCE_GRANTS);
        connection.commit();
        LOG.info(
            "customer scope moved to tenants: {} instances, {} per-instance grants deleted",
            instances,
            grants);
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("moving the customer scope to tenants failed", e);
    }
    management.setProperty(DONE_PROPERTY, DONE_VALUE);
  }

  /** What is left without a tenant and belongs to an instance is the department's. */
  private static String toDepartment(String table, String instanceColumn) {
    return "UPDATE "
        + table
        + " SET TENANT_ID_ = '"
        + CustomerTenants.DEPARTMENT
        + "' WHERE TENANT_ID_ IS NULL AND "
        + instanceColumn
        + " IS NOT NULL";
  }

  private static String update(String table, String instanceColumn) {
    return "UPDATE "
        + table
        + " t SET TENANT_ID_ = ("
        + CUSTOMER_OF.formatted(instanceColumn)
        + ") WHERE t.TENANT_ID_ IS NULL AND t."
        + instanceColumn
        + " IN ("
        + SCOPED
        + ")";
  }
}
