package com.gendan.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.customer.CustomerRegion;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The transport lanes (SPEC D8): days in transit per mode from the works in Suzhou to each region,
 * deployed and evaluated on the plain engine as {@code TransportLaneTable} evaluates them.
 */
@Deployment(resources = "processes/transport-lanes.dmn")
class TransportLanesDecisionTest {

  @RegisterExtension ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # region | lanes (mode=days, by mode)
      华东      | EXPRESS=1 TRUCK=1
      华南      | AIR=1 EXPRESS=2 SEA=6 TRUCK=3
      华中      | AIR=1 EXPRESS=2 TRUCK=2
      港澳台    | AIR=1 EXPRESS=3 SEA=5 TRUCK=4
      境外      | AIR=3 EXPRESS=5 SEA=16
      未知      | AIR=1 EXPRESS=2 SEA=15 TRUCK=3
      """)
  void servesARegion(String region, String lanes) {
    assertThat(describe(lanes(region))).isEqualTo(lanes);
  }

  @Test
  void aCustomerInSuzhouIsServedByExpressAndTruckNotBySeaFreight() {
    Map<String, Integer> suzhou = lanes(CustomerRegion.of("江苏省苏州市工业园区唯亭镇青丘街88号").label());
    assertThat(suzhou).doesNotContainKeys("SEA", "AIR").containsEntry("TRUCK", 1);
  }

  @ParameterizedTest
  @EnumSource(CustomerRegion.class)
  void everyRegionHasALaneOfAModeGendanKnows(CustomerRegion region) {
    Map<String, Integer> lanes = lanes(region.label());
    assertThat(lanes).as(region.label()).isNotEmpty();
    assertThat(lanes.keySet())
        .allSatisfy(mode -> assertThat(TransportMode.of(mode)).as(mode).isPresent());
    assertThat(lanes.values()).allSatisfy(days -> assertThat(days).isPositive());
  }

  @Test
  void aRegionTheTableDoesNotNameHasNoLane() {
    assertThat(lanes("火星")).isEmpty();
  }

  private Map<String, Integer> lanes(String region) {
    return engine
        .getDecisionService()
        .evaluateDecisionTableByKey(TransportLanes.DECISION_KEY)
        .variables(Variables.createVariables().putValue(TransportLanes.REGION, region))
        .evaluate()
        .getResultList()
        .stream()
        .collect(
            Collectors.toMap(
                (Map<String, Object> row) -> (String) row.get(TransportLanes.TRANSPORT_MODE),
                row -> ((Number) row.get(TransportLanes.TRANSIT_DAYS)).intValue()));
  }

  private static String describe(Map<String, Integer> lanes) {
    return lanes.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" "));
  }
}
