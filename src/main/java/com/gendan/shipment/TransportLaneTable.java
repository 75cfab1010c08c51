package com.gendan.shipment;

import com.gendan.customer.CustomerRegion;
import com.gendan.process.EngineActions;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The lanes as the deployed decision table {@value TransportLanes#DECISION_KEY} gives them (its
 * latest version, so a process owner's change in Camunda Modeler takes effect once deployed). The
 * table is a lookup, not a decision anyone audits: it is evaluated by a DMN engine of its own,
 * which writes no decision history, so that callers in a read-only transaction (the due-date watch)
 * may ask too. A region's lanes are kept for {@link #KEPT}.
 */
@Component
class TransportLaneTable implements TransportLanes {

  /** How long a region's lanes are kept before the table is asked again. */
  static final Duration KEPT = Duration.ofMinutes(1);

  private final RepositoryService repository;
  private final EngineActions engineActions;
  private final DmnEngine lookups =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<CustomerRegion, Kept> kept = new ConcurrentHashMap<>();

  TransportLaneTable(RepositoryService repository, EngineActions engineActions) {
    this.repository = repository;
    this.engineActions = engineActions;
  }

  @Override
  public Map<TransportMode, Integer> transitDays(CustomerRegion region) {
    long now = System.nanoTime();
    Kept lanes = kept.get(region);
    if (lanes == null || now - lanes.readAt() > KEPT.toNanos()) {
      lanes = new Kept(evaluate(region), now);
      kept.put(region, lanes);
    }
    return lanes.lanes();
  }

  private Map<TransportMode, Integer> evaluate(CustomerRegion region) {
    Map<TransportMode, Integer> lanes = new EnumMap<>(TransportMode.class);
    // The table is Gendan's, not the caller's: assistants and production need no grant on it.
    DmnDecision table =
        engineActions.asEngine(
            () -> {
              DecisionDefinition latest =
                  repository
                      .createDecisionDefinitionQuery()
                      .decisionDefinitionKey(DECISION_KEY)
                      .withoutTenantId()
                      .latestVersion()
                      .singleResult();
              return lookups.parseDecision(
                  DECISION_KEY, repository.getDecisionModel(latest.getId()));
            });
    lookups
        .evaluateDecisionTable(table, Variables.createVariables().putValue(REGION, region.label()))
        .forEach(row -> lane(row).ifPresent(mode -> lanes.putIfAbsent(mode, days(row))));
    return Map.copyOf(lanes);
  }

  /** A region's lanes and when they were read ({@link System#nanoTime()}). */
  private record Kept(Map<TransportMode, Integer> lanes, long readAt) {}

  private static Optional<TransportMode> lane(DmnDecisionRuleResult row) {
    String mode = row.getEntry(TRANSPORT_MODE);
    Number days = row.getEntry(TRANSIT_DAYS);
    return days == null ? Optional.empty() : TransportMode.of(mode);
  }

  private static int days(DmnDecisionRuleResult row) {
    return row.<Number>getEntry(TRANSIT_DAYS).intValue();
  }
}
