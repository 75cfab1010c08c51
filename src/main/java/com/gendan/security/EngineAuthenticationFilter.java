package com.gendan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the user that Spring Security authenticated to the process engine, with its groups and
 * tenants, for the rest of the request, so that everything the request does through the engine
 * passes Camunda's authorization and tenant checks as that user: Gendan's API, and the engine REST
 * API in place of Camunda's own authentication filter, which would check the password a second way.
 * Deliberately not a bean: it runs only inside the security chains of those doors.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final ProcessEngine engine;
  private final IdentityService identityService;
  private final CurrentUsers currentUsers;

  /** The engine REST API's root, for a chain that serves it; null for Gendan's API. */
  private final String engineRestRoot;

  private final ObjectMapper objectMapper;

  private EngineAuthenticationFilter(
      ProcessEngine engine,
      CurrentUsers currentUsers,
      String engineRestRoot,
      ObjectMapper objectMapper) {
    this.engine = engine;
    this.identityService = engine.getIdentityService();
    this.currentUsers = currentUsers;
    this.engineRestRoot = engineRestRoot;
    this.objectMapper = objectMapper;
  }

  /** For Gendan's own API. */
  static EngineAuthenticationFilter forApi(ProcessEngine engine, CurrentUsers currentUsers) {
    return new EngineAuthenticationFilter(engine, currentUsers, null, null);
  }

  /**
   * For the engine REST API at {@code root}: a call that names another engine ({@code
   * /engine/{name}/…}) is answered as Camunda's filter answers an engine it does not know, 404,
   * since the user is handed to this engine only.
   */
  static EngineAuthenticationFilter forEngineRest(
      ProcessEngine engine, CurrentUsers currentUsers, String root, ObjectMapper objectMapper) {
    return new EngineAuthenticationFilter(engine, currentUsers, root, objectMapper);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String engineName =
        engineRestRoot == null ? null : EngineRestCall.engineNameOf(request, engineRestRoot);
    if (engineName != null && !engineName.equals(engine.getName())) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      objectMapper.writeValue(
          response.getOutputStream(),
          objectMapper
              .createObjectNode()
              .put("type", "InvalidRequestException")
              .put("message", "Process engine " + engineName + " not available"));
      return;
    }
    Optional<CurrentUser> user = currentUsers.verified();
    if (user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    identityService.setAuthentication(
        user.get().userId(), user.get().groupIds(), user.get().tenantIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
