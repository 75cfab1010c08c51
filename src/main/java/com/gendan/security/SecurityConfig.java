package com.gendan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.document.DocumentLinks;
import com.gendan.document.DocumentPages;
import com.gendan.process.DeployedFormFields;
import com.gendan.process.EngineActions;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what over HTTP. Four doors, each with its own login:
 *
 * <ul>
 *   <li>Gendan's API, its OpenAPI docs and Actuator: HTTP Basic against the Camunda identity;
 *       Actuator is for members of {@code camunda-admin} only, except {@code /actuator/health},
 *       which shows everyone the status;
 *   <li>the engine REST API {@code /engine-rest}: HTTP Basic against the same identity, answered as
 *       Camunda's own filter answers (its challenge, its open engine list);
 *   <li>the webapps under {@code /camunda}: their own login page, session and CSRF protection;
 *   <li>the printable document pages under {@code /documents}: the webapps' session login, or HTTP
 *       Basic.
 * </ul>
 *
 * The two HTTP Basic doors check a password once per request, and a login verified a moment ago not
 * at all ({@link VerifiedCredentials}); they hand the user, with its groups and tenants, to the
 * engine for the rest of the request ({@link EngineAuthenticationFilter}). Behind both of the
 * engine's doors, variables reach the engine only through forms ({@link EngineInputGuard}), which
 * reads that user.
 */
@Configuration
class SecurityConfig {

  static final String ENGINE_REST_ROOT = "/engine-rest";

  /** The same REST API as Tasklist and Cockpit call it, behind the webapps' session login. */
  static final String WEBAPP_REST_ROOT = "/camunda/api/engine";

  /** What Gendan's Cockpit views read: the audit views' and the team view's API. */
  static final String[] COCKPIT_VIEWS_API = {"/api/audit/**", "/api/team/**"};

  private static final EngineRestRoots ROOTS =
      new EngineRestRoots(ENGINE_REST_ROOT, WEBAPP_REST_ROOT);

  /**
   * Where Gendan's filters on the engine REST API stand among the servlet filters: well after
   * Spring Security, which has handed the engine the user of /engine-rest by then.
   */
  private static final int ENGINE_REST_FILTER_ORDER = Ordered.LOWEST_PRECEDENCE - 10;

  /** What anyone may read of the engine REST API, as in Camunda's filter: the engines' names. */
  private static final String[] OPEN_ENGINE_REST_PATHS = {
    ENGINE_REST_ROOT + "/engine", ENGINE_REST_ROOT + "/engine/"
  };

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(
      HttpSecurity http, ProcessEngine engine, CurrentUsers currentUsers) throws Exception {
    http.securityMatcher(
            paths(
                "/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**"))
        .authorizeHttpRequests(
            auth ->
                auth
                    // The status only; its details are for admins
                    // (management.endpoint.health.roles).
                    .requestMatchers(paths("/actuator/health"))
                    .permitAll()
                    .requestMatchers(EndpointRequest.toAnyEndpoint())
                    .hasAuthority(Groups.CAMUNDA_ADMIN)
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.realmName("Gendan"))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless HTTP Basic: no session cookie for a forged request to ride on.
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(
            EngineAuthenticationFilter.forApi(engine, currentUsers), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * The engine REST API for scripts, with the challenge Camunda's filter sent (realm: the engine's
   * name, no body); the list of engines stays open, as there.
   */
  @Bean
  @Order(2)
  SecurityFilterChain engineRestSecurity(
      HttpSecurity http, ProcessEngine engine, CurrentUsers currentUsers, ObjectMapper objectMapper)
      throws Exception {
    AuthenticationEntryPoint challenge =
        (request, response, refused) -> {
          response.setHeader(
              HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + engine.getName() + "\"");
          response.setStatus(HttpStatus.UNAUTHORIZED.value());
        };
    http.securityMatcher(
            new AndRequestMatcher(
                paths(ENGINE_REST_ROOT + "/**"),
                new NegatedRequestMatcher(paths(OPEN_ENGINE_REST_PATHS))))
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(challenge))
        .exceptionHandling(handling -> handling.authenticationEntryPoint(challenge))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .headers(Customizer.withDefaults())
        .addFilterAfter(
            EngineAuthenticationFilter.forEngineRest(
                engine, currentUsers, ENGINE_REST_ROOT, objectMapper),
            AuthorizationFilter.class);
    return http.build();
  }

  /**
   * The webapps authenticate with their own filters, and the list of engines is open; Spring
   * Security only adds its response headers here.
   */
  @Bean
  @Order(3)
  SecurityFilterChain camundaSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher(paths(concat(OPEN_ENGINE_REST_PATHS, "/camunda/**", "/")))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        // The webapps carry their own CSRF filter (camunda.bpm.webapp.csrf).
        .csrf(csrf -> csrf.disable())
        .headers(Customizer.withDefaults());
    return http.build();
  }

  /**
   * The printable document pages (GET): for a user logged into Tasklist in the same browser, with
   * that session ({@link WebappSessionLogin}); for a script, with HTTP Basic sent along. Without
   * either, a Chinese page says to log in first, with a link to Tasklist, and no Basic challenge,
   * which would make the browser pop up a password dialog of its own. The one form they carry, a
   * complaint's attachment upload ({@link #DOCUMENT_UPLOADS}), is the only POST taken, and only
   * with the CSRF token the page put in it (kept in the webapps' session); anything else is
   * refused.
   */
  @Bean
  @Order(4)
  SecurityFilterChain documentPagesSecurity(
      HttpSecurity http, ProcessEngine engine, CurrentUsers currentUsers, DocumentPages pages)
      throws Exception {
    AuthenticationEntryPoint loginFirst =
        (request, response, refused) ->
            answer(
                response,
                HttpStatus.UNAUTHORIZED,
                MediaType.TEXT_HTML_VALUE,
                pages.errorPage("请先登录", "请先在本浏览器登录 Tasklist，再打开这份单据。"));
    // a refused upload: the page's token is gone (logged out, a new login) or, too large a file
    // being left unread, never arrived
    AccessDeniedHandler uploadRefused =
        (request, response, refused) ->
            answer(
                response,
                HttpStatus.FORBIDDEN,
                MediaType.TEXT_HTML_VALUE,
                pages.errorPage("附件未上传", "单据页面已过期，或文件过大（每个文件不超过 5 MB）。请刷新单据页面后重新选择文件。"));
    return webappSessionOrBasic(
            http.securityMatcher(paths(DocumentLinks.ROOT + "/**"))
                .exceptionHandling(handling -> handling.accessDeniedHandler(uploadRefused))
                .authorizeHttpRequests(
                    auth ->
                        auth.requestMatchers(HttpMethod.GET)
                            .authenticated()
                            .requestMatchers(HttpMethod.POST, DOCUMENT_UPLOADS)
                            .authenticated()
                            .anyRequest()
                            .denyAll())
                // the upload's token lives in the webapps' session, never in a new one, for the
                // session's life: each request here logs the user in anew from that session
                // (WebappSessionLogin), which must not replace the token the page holds
                .csrf(
                    csrf ->
                        csrf.csrfTokenRepository(new HttpSessionCsrfTokenRepository())
                            .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())),
            engine,
            currentUsers,
            loginFirst)
        .build();
  }

  /** The document pages' one form: a complaint's attachment upload (客诉处理单). */
  static final String DOCUMENT_UPLOADS = DocumentLinks.COMPLAINTS + "*/attachments";

  /**
   * The audit and team views' API, which the Cockpit views of Gendan call: like the document pages,
   * with the webapps' session or HTTP Basic; read-only, so anything but GET is refused before it
   * reaches a controller. Without a login, a 401 problem and no Basic challenge (a challenge would
   * make the browser pop up its own password dialog over Cockpit).
   */
  @Bean
  @Order(0)
  SecurityFilterChain cockpitViewsApiSecurity(
      HttpSecurity http, ProcessEngine engine, CurrentUsers currentUsers) throws Exception {
    AuthenticationEntryPoint loginFirst =
        (request, response, refused) ->
            answer(
                response,
                HttpStatus.UNAUTHORIZED,
                MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                "{\"title\":\"未登录\",\"status\":401,\"detail\":\"请先登录 Cockpit，或用 HTTP Basic 调用\"}"
                    .getBytes(StandardCharsets.UTF_8));
    return webappSessionOrBasic(
            http.securityMatcher(paths(COCKPIT_VIEWS_API))
                .authorizeHttpRequests(
                    auth ->
                        auth.requestMatchers(HttpMethod.GET).authenticated().anyRequest().denyAll())
                // read-only: no request here changes anything a forged request could ride on
                .csrf(csrf -> csrf.disable()),
            engine,
            currentUsers,
            loginFirst)
        .build();
  }

  /** Answers a refused request outside Spring MVC, in UTF-8. */
  private static void answer(
      HttpServletResponse response, HttpStatus status, String contentType, byte[] body)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(contentType);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(body);
  }

  /**
   * A read-only door for a user logged into the webapps in this browser ({@link
   * WebappSessionLogin}), or a script sending HTTP Basic; the user then reaches the engine as on
   * Gendan's API. The caller has said which requests need which login.
   */
  private static HttpSecurity webappSessionOrBasic(
      HttpSecurity http,
      ProcessEngine engine,
      CurrentUsers currentUsers,
      AuthenticationEntryPoint loginFirst)
      throws Exception {
    return http.httpBasic(basic -> basic.authenticationEntryPoint(loginFirst))
        .exceptionHandling(handling -> handling.authenticationEntryPoint(loginFirst))
        // the webapps' session is read, never created or changed, here: not even its id, which
        // Spring's session fixation protection would otherwise renew on each request it finds a
        // login in, leaving the webapps' requests then in flight with an id that is gone (401)
        .sessionManagement(
            s ->
                s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                    .sessionFixation(fixation -> fixation.none()))
        .addFilterBefore(new WebappSessionLogin(engine), BasicAuthenticationFilter.class)
        .addFilterAfter(
            EngineAuthenticationFilter.forApi(engine, currentUsers), AuthorizationFilter.class);
  }

  /**
   * Anything else needs a login. {@code /error} stays open: an error the webapps answer (say, 401
   * before login) is rendered there, and a Basic challenge on it would make browsers pop up their
   * own password dialog over Tasklist's login page.
   */
  @Bean
  @Order(5)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            auth -> auth.requestMatchers(paths("/error")).permitAll().anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("Gendan"))
        .csrf(Customizer.withDefaults());
    return http.build();
  }

  /**
   * Matches the whole path below the context path. The webapps and the engine REST API are Jersey
   * servlets of their own, which Spring MVC's default (servlet-relative) matchers miss.
   */
  private static RequestMatcher paths(String... patterns) {
    PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
    return new OrRequestMatcher(
        Arrays.stream(patterns).map(builder::matcher).map(RequestMatcher.class::cast).toList());
  }

  /** Variables reach the engine only through forms (see {@link EngineInputGuard}). */
  @Bean
  FilterRegistrationBean<Filter> engineInputGuard(
      ProcessEngine engine,
      EngineActions engineActions,
      ObjectMapper objectMapper,
      DeployedFormFields forms) {
    return onEngineRest(
        "gendan-engine-input-guard",
        new EngineInputGuard(ROOTS, engine, engineActions, objectMapper, forms),
        1);
  }

  /** The engine's failures answered by what failed (see {@link EngineErrorResponses}). */
  @Bean
  FilterRegistrationBean<Filter> engineErrorResponses(
      ProcessEngine engine, EngineActions engineActions, ObjectMapper objectMapper) {
    return onEngineRest(
        "gendan-engine-error-responses",
        new EngineErrorResponses(ROOTS, engine, engineActions, objectMapper),
        2);
  }

  private static String[] concat(String[] first, String... more) {
    return Stream.concat(Arrays.stream(first), Arrays.stream(more)).toArray(String[]::new);
  }

  /** A filter on both engine REST roots, {@code after} places behind the authentication. */
  private static FilterRegistrationBean<Filter> onEngineRest(
      String name, Filter filter, int after) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(ENGINE_REST_ROOT + "/*", WEBAPP_REST_ROOT + "/*");
    registration.setOrder(ENGINE_REST_FILTER_ORDER + after);
    return registration;
  }
}
