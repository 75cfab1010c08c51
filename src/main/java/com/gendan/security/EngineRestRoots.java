package com.gendan.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the engine REST API is mounted below the context path: for scripts ({@code /engine-rest})
 * and the webapps' copy that Tasklist and Cockpit call ({@code /camunda/api/engine}).
 */
record EngineRestRoots(String engineRest, String webapp) {

  /** Whether the request came to the webapps' copy, behind their session login. */
  boolean isWebapp(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + webapp);
  }

  /** What the request does, read below whichever root it came to. */
  EngineRestCall callOf(HttpServletRequest request) {
    return EngineRestCall.of(request, isWebapp(request) ? webapp : engineRest);
  }
}
