package com.gendan.bench.walk;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.identity.DemoUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The demo customers and their assistants, as Gendan's API lists them to a sales manager. */
public final class Teams {

  private Teams() {}

  /** Every customer, in code order. */
  public static List<Team> all(UserHttp http) {
    List<Team> teams = new ArrayList<>();
    for (JsonNode customer : http.get("/api/customers", DemoUser.SALES_MANAGER)) {
      teams.add(
          new Team(
              customer.get("id").asLong(),
              customer.get("code").asText(),
              customer.get("assistantUserId").asText(),
              customer.path("standingRequirements").isTextual()
                  ? customer.get("standingRequirements").asText()
                  : null,
              customer.path("creditHold").asBoolean(false)));
    }
    teams.sort(Comparator.comparing(Team::customerCode));
    return teams;
  }

  /**
   * The customers the lifecycle clients work for: not on credit hold, billed in CNY (the agreed
   * price is in CNY), the assistants taking turns (client 0 liuyang's first customer, client 1
   * chenjing's first, client 2 liuyang's second, …).
   */
  public static List<Team> forClients(UserHttp http, int clients) {
    Map<String, List<Team>> byAssistant =
        all(http).stream()
            .filter(team -> !team.creditHold())
            .filter(team -> cny(http, team))
            .collect(
                Collectors.groupingBy(
                    Team::assistant, java.util.TreeMap::new, Collectors.toList()));
    List<String> assistants = List.of(DemoUser.ASSISTANT_LIU, DemoUser.ASSISTANT_CHEN);
    List<Team> teams = new ArrayList<>();
    for (int client = 0; client < clients; client++) {
      List<Team> own = byAssistant.get(assistants.get(client % assistants.size()));
      teams.add(own.get(client / assistants.size() % own.size()));
    }
    return teams;
  }

  private static boolean cny(UserHttp http, Team team) {
    return "CNY"
        .equals(
            http.get("/api/customers/" + team.customerId(), DemoUser.SALES_MANAGER)
                .path("creditLimitCurrency")
                .asText());
  }
}
