package com.gendan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user who is logged into Tasklist (or Cockpit, Admin) in this browser open Gendan's pages
 * with that login: it takes the user from the webapps' session and reads the user's groups and
 * tenants afresh (a user deleted or moved to another group since the login has that effect at
 * once). A request without such a session goes on unauthenticated, to HTTP Basic or the login page.
 * Deliberately not a bean: it runs only inside the security chain of those pages.
 */
class WebappSessionLogin extends OncePerRequestFilter {

  private final ProcessEngine engine;
  private final IdentityService identityService;

  WebappSessionLogin(ProcessEngine engine) {
    this.engine = engine;
    this.identityService = engine.getIdentityService();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null
        && SecurityContextHolder.getContext().getAuthentication() == null
        && AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(engine.getName())
            instanceof UserAuthentication login) {
      user(login.getIdentityId())
          .ifPresent(
              user -> {
                List<SimpleGrantedAuthority> groups =
                    user.groupIds().stream().map(SimpleGrantedAuthority::new).toList();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, groups));
                SecurityContextHolder.setContext(context);
              });
    }
    chain.doFilter(request, response);
  }

  /** The user as the identity knows it now, in one engine command; empty if it is gone. */
  private Optional<CurrentUser> user(String userId) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(
            (Command<Optional<CurrentUser>>)
                context ->
                    identityService.createUserQuery().userId(userId).count() == 0
                        ? Optional.empty()
                        : Optional.of(
                            VerifiedCredentials.withGroupsAndTenants(identityService, userId)));
  }
}
