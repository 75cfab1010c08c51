package com.gendan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The engine runs each request as the user that logged in, with its groups and its tenants, on
 * Gendan's API and on the engine REST API alike; an anonymous request runs as no one.
 */
class EngineAuthenticationFilterTest {

  private static final CurrentUser LIU =
      new CurrentUser("liuyang", List.of("sales-assistant"), List.of("tenanta", "tenantb"));

  private final IdentityService identityService = mock(IdentityService.class);
  private final ProcessEngine engine = mock(ProcessEngine.class);

  {
    when(engine.getIdentityService()).thenReturn(identityService);
    when(engine.getName()).thenReturn("default");
  }

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theApiRunsAsTheUserWithItsGroupsAndTenants() throws Exception {
    runsAsLiu(EngineAuthenticationFilter.forApi(engine, new CurrentUsers()), "/api/products");
  }

  @Test
  void theEngineRestApiRunsAsTheUserWithItsGroupsAndTenants() throws Exception {
    runsAsLiu(engineRest(), "/engine-rest/engine/default/task");
  }

  private void runsAsLiu(EngineAuthenticationFilter filter, String path) throws Exception {
    loggedIn(LIU);

    filter.doFilter(
        new MockHttpServletRequest("GET", path),
        new MockHttpServletResponse(),
        new MockFilterChain());

    InOrder order = inOrder(identityService);
    order
        .verify(identityService)
        .setAuthentication("liuyang", List.of("sales-assistant"), List.of("tenanta", "tenantb"));
    order.verify(identityService).clearAuthentication();
  }

  @Test
  void aCallNamingAnotherEngineIsNotServed() throws Exception {
    loggedIn(LIU);
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    engineRest()
        .doFilter(
            new MockHttpServletRequest("GET", "/engine-rest/engine/other/task"), response, chain);

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentAsString())
        .isEqualTo(
            "{\"type\":\"InvalidRequestException\","
                + "\"message\":\"Process engine other not available\"}");
    assertThat(chain.getRequest()).as("passed on").isNull();
    verifyNoInteractions(identityService);
  }

  @Test
  void anAnonymousRequestRunsAsNoOne() throws Exception {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    MockFilterChain chain = new MockFilterChain();

    EngineAuthenticationFilter.forApi(engine, new CurrentUsers())
        .doFilter(
            new MockHttpServletRequest("GET", "/actuator/health"),
            new MockHttpServletResponse(),
            chain);

    assertThat(chain.getRequest()).as("passed on").isNotNull();
    verifyNoInteractions(identityService);
  }

  private EngineAuthenticationFilter engineRest() {
    return EngineAuthenticationFilter.forEngineRest(
        engine, new CurrentUsers(), "/engine-rest", new ObjectMapper());
  }

  private static void loggedIn(CurrentUser user) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                user, null, AuthorityUtils.createAuthorityList(user.groupIds())));
  }
}
