package com.gendan.bench.walk;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.identity.DemoUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The demo customers and their assistants, as Gendan's API lists them to a sales manager. */
public final class Teams {

  private Teams() {}

  /** Every customer, in code order. */
  public static List<Team> all(UserHttp http) {
    return customers(http).stream().map(Teams::team).toList();
  }

  /**
   * The customers the lifecycle clients work for: not on credit hold, billed in CNY (the agreed
   * price is in CNY), the assistants taking turns (client 0 liuyang's first customer, client 1
   * chenjing's first, client 2 liuyang's second, …).
   */
  public static List<Team> forClients(UserHttp http, int clients) {
    Map<String, List<Team>> byAssistant =
        customers(http).stream()
            .filter(customer -> "CNY".equals(customer.path("creditLimitCurrency").asText()))
            .map(Teams::team)
            .filter(team -> !team.creditHold())
            .collect(Collectors.groupingBy(Team::assistant, TreeMap::new, Collectors.toList()));
    List<String> assistants = List.of(DemoUser.ASSISTANT_LIU, DemoUser.ASSISTANT_CHEN);
    List<Team> teams = new ArrayList<>();
    for (int client = 0; client < clients; client++) {
      List<Team> own = byAssistant.get(assistants.get(client % assistants.size()));
      teams.add(own.get(client / assistants.size() % own.size()));
    }
    return teams;
  }

  /** Every customer as the list shows it to a sales manager, in code order. */
  private static List<JsonNode> customers(UserHttp http) {
    List<JsonNode> customers = new ArrayList<>();
    http.get("/api/customers", DemoUser.SALES_MANAGER).forEach(customers::add);
    customers.sort(Comparator.comparing(customer -> customer.get("code").asText()));
    return customers;
  }

  private static Team team(JsonNode customer) {
    return new Team(
        customer.get("id").asLong(),
        customer.get("code").asText(),
        customer.get("assistantUserId").asText(),
        customer.path("standingRequirements").isTextual()
            ? customer.get("standingRequirements").asText()
            : null,
        customer.path("creditHold").asBoolean(false));
  }
}
