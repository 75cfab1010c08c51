package com.gendan.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;

import jakarta.servlet.Filter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.process.EngineActions;

/**
 * Who may reach what over HTTP. Three doors, each with its own login:
 * <ul>
 *   <li>Gendan's API, its OpenAPI docs and Actuator: HTTP Basic against the Camunda identity;
 *       Actuator is for members of {@code camunda-admin} only, except {@code /actuator/health},
 *       which shows everyone the status;</li>
 *   <li>the engine REST API {@code /engine-rest}: Camunda's own HTTP Basic filter;</li>
 *   <li>the webapps under {@code /camunda}: their own login page, session and CSRF protection.</li>
 * </ul>
 * Behind both of the engine's doors, variables reach the engine only through forms
 * ({@link EngineInputGuard}).
 */
@Configuration
class SecurityConfig {

  static final String ENGINE_REST_ROOT = "/engine-rest";
  /** The same REST API as Tasklist and Cockpit call it, behind the webapps' session login. */
  static final String WEBAPP_REST_ROOT = "/camunda/api/engine";
  private static final EngineRestRoots ROOTS =
      new EngineRestRoots(ENGINE_REST_ROOT, WEBAPP_REST_ROOT);
  /** Camunda's HTTP Basic filter first, then the guard, which needs the user it found. */
  private static final int ENGINE_AUTHENTICATION_ORDER = Ordered.LOWEST_PRECEDENCE - 10;

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identityService,
      CurrentUsers currentUsers) throws Exception {
    http.securityMatcher(paths("/api/**", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html", "/actuator/**"))
        .authorizeHttpRequests(auth -> auth
            // The status only; its details are for admins (management.endpoint.health.roles).
            .requestMatchers(paths("/actuator/health")).permitAll()
            .requestMatchers(EndpointRequest.toAnyEndpoint()).hasAuthority(Groups.CAMUNDA_ADMIN)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("Gendan"))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless HTTP Basic: no session cookie for a forged request to ride on.
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(new EngineAuthenticationFilter(identityService, currentUsers),
            AuthorizationFilter.class);
    return http.build();
  }

  /**
   * The webapps and the engine REST API authenticate with Camunda's own filters (see
   * {@link #engineRestAuthentication()}); Spring Security only adds its response headers here.
   */
  @Bean
  @Order(2)
  SecurityFilterChain camundaSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher(paths("/camunda/**", "/engine-rest/**", "/"))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        // The webapps carry their own CSRF filter (camunda.bpm.webapp.csrf).
        .csrf(csrf -> csrf.disable())
        .headers(Customizer.withDefaults());
    return http.build();
  }

  /**
   * Anything else needs a login. {@code /error} stays open: an error the webapps answer (say,
   * 401 before login) is rendered there, and a Basic challenge on it would make browsers pop up
   * their own password dialog over Tasklist's login page.
   */
  @Bean
  @Order(3)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(auth -> auth
            .requestMatchers(paths("/error")).permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("Gendan"))
        .csrf(Customizer.withDefaults());
    return http.build();
  }

  /**
   * Matches the whole path below the context path. The webapps and the engine REST API are
   * Jersey servlets of their own, which Spring MVC's default (servlet-relative) matchers miss.
   */
  private static RequestMatcher paths(String... patterns) {
    PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
    return new OrRequestMatcher(Arrays.stream(patterns).map(builder::matcher)
        .map(RequestMatcher.class::cast).toList());
  }

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-engine-rest-auth");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(ENGINE_REST_ROOT + "/*");
    registration.setOrder(ENGINE_AUTHENTICATION_ORDER);
    return registration;
  }

  /** Variables reach the engine only through forms (see {@link EngineInputGuard}). */
  @Bean
  FilterRegistrationBean<Filter> engineInputGuard(ProcessEngine engine,
      EngineActions engineActions, ObjectMapper objectMapper) {
    return onEngineRest("gendan-engine-input-guard",
        new EngineInputGuard(ROOTS, engine, engineActions, objectMapper), 1);
  }

  /** The engine's failures answered by what failed (see {@link EngineErrorResponses}). */
  @Bean
  FilterRegistrationBean<Filter> engineErrorResponses(ProcessEngine engine,
      EngineActions engineActions, ObjectMapper objectMapper) {
    return onEngineRest("gendan-engine-error-responses",
        new EngineErrorResponses(ROOTS, engine, engineActions, objectMapper), 2);
  }

  /** A filter on both engine REST roots, {@code after} places behind the authentication. */
  private static FilterRegistrationBean<Filter> onEngineRest(String name, Filter filter,
      int after) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(ENGINE_REST_ROOT + "/*", WEBAPP_REST_ROOT + "/*");
    registration.setOrder(ENGINE_AUTHENTICATION_ORDER + after);
    return registration;
  }
}
