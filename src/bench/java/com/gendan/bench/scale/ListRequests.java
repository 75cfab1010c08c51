package com.gendan.bench.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.bench.walk.UserHttp;
import com.gendan.identity.DemoUser;
import java.util.List;

/**
 * The lists whose speed must not depend on how much work the database holds: the Tasklist filters,
 * Cockpit's and the REST API's instance and history lists, Gendan's own lists; and the control
 * request that measures the stack alone.
 */
public final class ListRequests {

  /** Tasklist 7.24's body of a filter's task list (its first page, newest first). */
  static final String TASKLIST_QUERY =
      "{\"processVariables\":[],\"taskVariables\":[],"
          + "\"caseInstanceVariables\":[],\"firstResult\":0,\"maxResults\":15,"
          + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";

  static final String PAGE = "firstResult=0&maxResults=15";
  static final String MY_TASKS = "我的任务";
  static final String MY_GROUPS_TASKS = "我所在组的任务";

  private ListRequests() {}

  /** {@code GET /engine-rest/version}: authentication and the REST stack, no query. */
  public static ListRequest control() {
    return new ListRequest(
        "control: GET /engine-rest/version (liuyang)",
        DemoUser.ASSISTANT_LIU,
        "/engine-rest/version",
        null,
        false);
  }

  /**
   * @param customerId the customer whose price agreements and sample approvals are listed (C001,
   *     liuyang's)
   */
  public static List<ListRequest> all(UserHttp http, long customerId) {
    String groupTasks = filterId(http, DemoUser.WAREHOUSE, MY_GROUPS_TASKS);
    String myTasks = filterId(http, DemoUser.ASSISTANT_LIU, MY_TASKS);
    String history = "?" + PAGE + "&sortBy=startTime&sortOrder=desc";
    return List.of(
        new ListRequest(
            "Tasklist 我所在组的任务 list (heping)",
            DemoUser.WAREHOUSE,
            "/engine-rest/filter/" + groupTasks + "/list?" + PAGE,
            TASKLIST_QUERY,
            true),
        new ListRequest(
            "Tasklist 我所在组的任务 count (heping)",
            DemoUser.WAREHOUSE,
            "/engine-rest/filter/" + groupTasks + "/count",
            null,
            false),
        new ListRequest(
            "Tasklist 我的任务 list (liuyang)",
            DemoUser.ASSISTANT_LIU,
            "/engine-rest/filter/" + myTasks + "/list?" + PAGE,
            TASKLIST_QUERY,
            true),
        new ListRequest(
            "instances (liuyang)",
            DemoUser.ASSISTANT_LIU,
            "/engine-rest/process-instance?" + PAGE,
            null,
            false),
        new ListRequest(
            "instances (sunli)",
            DemoUser.SALES_MANAGER,
            "/engine-rest/process-instance?" + PAGE,
            null,
            false),
        new ListRequest(
            "history instances (liuyang)",
            DemoUser.ASSISTANT_LIU,
            "/engine-rest/history/process-instance" + history,
            null,
            false),
        new ListRequest(
            "history instances (linxue)",
            DemoUser.AUDITOR,
            "/engine-rest/history/process-instance" + history,
            null,
            false),
        new ListRequest(
            "history tasks (liuyang)",
            DemoUser.ASSISTANT_LIU,
            "/engine-rest/history/task" + history,
            null,
            false),
        new ListRequest(
            "history tasks (linxue)",
            DemoUser.AUDITOR,
            "/engine-rest/history/task" + history,
            null,
            false),
        new ListRequest(
            "GET /api/customers (liuyang)", DemoUser.ASSISTANT_LIU, "/api/customers", null, false),
        new ListRequest(
            "GET /api/price-agreements?customer=" + customerId + " (liuyang)",
            DemoUser.ASSISTANT_LIU,
            "/api/price-agreements?customer=" + customerId,
            null,
            false),
        new ListRequest(
            "GET /api/sample-approvals?customer=" + customerId + " (liuyang)",
            DemoUser.ASSISTANT_LIU,
            "/api/sample-approvals?customer=" + customerId,
            null,
            false),
        documents("/api/orders", DemoUser.ASSISTANT_LIU),
        documents("/api/orders?status=PLANNED", DemoUser.SALES_MANAGER),
        documents("/api/samples", DemoUser.ASSISTANT_LIU),
        documents("/api/samples?customer=C001&status=FOLLOWING_UP", DemoUser.ASSISTANT_LIU),
        documents("/api/quotes", DemoUser.SALES_MANAGER),
        documents("/api/shipments", DemoUser.AUDITOR),
        // the Cockpit views (历史查询, 稽核报表, 团队工作): a year of history at most per query
        documents("/api/audit/instances?state=FINISHED", DemoUser.AUDITOR),
        documents("/api/audit/instances?document=XS-2026", DemoUser.ASSISTANT_LIU),
        documents("/api/audit/reports/late-tasks", DemoUser.AUDITOR),
        documents("/api/audit/reports/longest-waits", DemoUser.AUDITOR),
        documents("/api/audit/reports/late-tasks", DemoUser.ASSISTANT_LIU),
        documents("/api/audit/reports/document-reads", DemoUser.AUDITOR),
        documents("/api/team/workload", DemoUser.SALES_MANAGER),
        documents("/api/team/stuck", DemoUser.SALES_MANAGER));
  }

  /** A document list's first page, newest first, with its count. */
  private static ListRequest documents(String path, String user) {
    return new ListRequest("GET " + path + " (" + user + ")", user, path, null, false);
  }

  /** The user's own Tasklist filter of that name, as Tasklist finds it. */
  private static String filterId(UserHttp http, String user, String name) {
    for (JsonNode filter :
        http.get("/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=2000", user)) {
      if (name.equals(filter.path("name").asText()) && user.equals(filter.path("owner").asText())) {
        return filter.get("id").asText();
      }
    }
    throw new IllegalStateException(user + " has no Tasklist filter " + name);
  }
}
