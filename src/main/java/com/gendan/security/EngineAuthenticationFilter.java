package com.gendan.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the user that Spring Security authenticated for /api to the process engine, so that
 * everything the API does through engine services passes Camunda's authorization checks as that
 * user. Deliberately not a bean: it runs only inside the /api security chain.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final CurrentUsers currentUsers;

  EngineAuthenticationFilter(IdentityService identityService, CurrentUsers currentUsers) {
    this.identityService = identityService;
    this.currentUsers = currentUsers;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    CurrentUser user = currentUsers.current();
    // as Camunda's own authentication filter: the customer tenants the user is a member of
    List<String> tenantIds = identityService.createTenantQuery().userMember(user.userId())
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    identityService.setAuthentication(user.userId(), user.groupIds(), tenantIds);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
