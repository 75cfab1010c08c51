package com.gendan.bench.scale;

/**
 * A list a user opens, as the client sends it.
 *
 * @param body the JSON body of a POST (Tasklist's filter query), or null for a GET
 * @param hal whether it asks for HAL, as Tasklist's client does (the engine then embeds the
 *     assignees, definitions etc. of the tasks)
 */
public record ListRequest(String name, String user, String path, String body, boolean hal) {

  public String method() {
    return body == null ? "GET" : "POST";
  }
}
