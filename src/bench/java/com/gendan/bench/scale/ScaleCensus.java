package com.gendan.bench.scale;

import com.gendan.bench.app.GendanInProcess;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What the application's database holds: the work the lists must cope with.
 *
 * @param authorizationsByResource rows of ACT_RU_AUTHORIZATION by the resource they grant on
 *     (Camunda's resource names: ProcessInstance, HistoricTask, …)
 */
public record ScaleCensus(
    long runningInstances,
    long finishedInstances,
    long openTasks,
    long warehouseGroupTasks,
    long authorizationRows,
    Map<String, Long> authorizationsByResource,
    long outboxMails) {

  public static ScaleCensus of(GendanInProcess app) {
    Map<String, Long> byResource = new TreeMap<>();
    app.rows(
            "select RESOURCE_TYPE_ as type, count(*) as rows from ACT_RU_AUTHORIZATION"
                + " group by RESOURCE_TYPE_")
        .forEach(
            row ->
                byResource.put(
                    resourceName(((Number) value(row, "type")).intValue()),
                    ((Number) value(row, "rows")).longValue()));
    return new ScaleCensus(
        app.count("select count(*) from ACT_RU_EXECUTION where ID_ = PROC_INST_ID_"),
        app.count("select count(*) from ACT_HI_PROCINST where END_TIME_ is not null"),
        app.count("select count(*) from ACT_RU_TASK"),
        app.count(
            "select count(*) from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate'"
                + " and GROUP_ID_ = 'warehouse'"),
        app.authorizationRows(),
        Map.copyOf(byResource),
        app.count("select count(*) from mail_outbox"));
  }

  private static String resourceName(int type) {
    return Arrays.stream(Resources.values())
        .filter(r -> r.resourceType() == type)
        .map(Resources::resourceName)
        .findFirst()
        .orElse("type " + type);
  }

  /** A column by name, whatever case the database gives it. */
  private static Object value(Map<String, Object> row, String column) {
    return row.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(column))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow();
  }
}
