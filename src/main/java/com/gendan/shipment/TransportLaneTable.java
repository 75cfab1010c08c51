package com.gendan.shipment;

import com.gendan.customer.CustomerRegion;
import com.gendan.process.EngineActions;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The lanes as the deployed decision table {@value TransportLanes#DECISION_KEY} gives them (its
 * latest version, so a process owner's change in Camunda Modeler takes effect once deployed). A
 * region's lanes are kept for {@link #KEPT}: the due-date watch asks for every planned order, and
 * each evaluation is a row of decision history.
 */
@Component
class TransportLaneTable implements TransportLanes {

  /** How long a region's lanes are kept before the table is asked again. */
  static final Duration KEPT = Duration.ofMinutes(1);

  private final DecisionService decisions;
  private final EngineActions engineActions;
  private final Map<CustomerRegion, Kept> kept = new ConcurrentHashMap<>();

  TransportLaneTable(DecisionService decisions, EngineActions engineActions) {
    this.decisions = decisions;
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
    engineActions
        .asEngine(
            () ->
                decisions
                    .evaluateDecisionTableByKey(DECISION_KEY)
                    .variables(Variables.createVariables().putValue(REGION, region.label()))
                    .evaluate())
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
