package org.civgis.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.civgis.web.problem.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security filter chains, one for API tokens and one for browsers; see the package contract.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {
  /** Images may come from a configured base map (https); scripts and styles only from us. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data: blob: https:; style-src 'self' 'unsafe-inline';"
          + " script-src 'self'; connect-src 'self'; worker-src 'self' blob:;"
          + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  /**
   * Tiles are public, published data only, and stateless: they bypass the security filter chain
   * entirely, so that no session is read or created and a cached tile costs only its lookup (a
   * session read from PostgreSQL per tile would cost more than the tile; the tiles' own {@code
   * SessionlessTileFilter} hides the session from the rest of the request). They carry no security
   * headers; they are binary data, never rendered as a page.
   */
  @Bean
  WebSecurityCustomizer publicTiles() {
    return web -> web.ignoring().requestMatchers("/tiles", "/tiles/**");
  }

  /**
   * Requests with {@code Authorization: Bearer}: stateless. The token is checked on every request;
   * no session is read, created or saved, so nothing outlives the token, and no CSRF token is
   * needed (no cookie authenticates them).
   *
   * <p>Implementation note: this chain exists because one chain for both kinds saved a token's
   * authentication into a new session: an explicit {@code sessionCreationPolicy} turns on Spring
   * Security's {@code SessionManagementFilter}, which stores every authentication it did not see
   * stored (the token filter's included) in the {@code HttpSession}, i.e. in Spring Session's
   * table. Even {@code STATELESS} keeps a session-fixation strategy that would change the id of a
   * browser session whose cookie the request also sent; so the token filter passes on a {@link
   * StatelessRequest}, which has no session at all.
   */
  @Bean
  @Order(1)
  SecurityFilterChain tokenChain(
      HttpSecurity http, UserRepository users, JsonMapper json, Clock clock) throws Exception {
    AuthenticationEntryPoint unauthorized = unauthorized(json);
    http.securityMatcher(ApiTokenAuthenticationFilter::hasBearerToken);
    authorizeRequests(http);
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .exceptionHandling(
            exceptions ->
                exceptions
                    .authenticationEntryPoint(unauthorized)
                    .accessDeniedHandler(forbidden(json)))
        .headers(SecurityConfiguration::securityHeaders)
        .addFilterBefore(
            new ApiTokenAuthenticationFilter(users, unauthorized, clock),
            UsernamePasswordAuthenticationFilter.class);
    return http.build();
  }

  /**
   * Everything else: anonymous requests and browsers with a session cookie (Spring Session in
   * PostgreSQL), CSRF-protected, with the form login and the logout. Every request with a session
   * reads its user again ({@link SessionUserRefreshFilter}).
   */
  @Bean
  @Order(2)
  SecurityFilterChain browserChain(
      HttpSecurity http, UserRepository users, JsonMapper json, Clock clock, LoginAttempts attempts)
      throws Exception {
    AuthenticationEntryPoint unauthorized = unauthorized(json);
    authorizeRequests(http);
    http.formLogin(
            form ->
                form.loginProcessingUrl("/api/login")
                    .successHandler(
                        (request, response, authentication) -> {
                          response.setStatus(HttpServletResponse.SC_OK);
                          response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                          response.setCharacterEncoding("UTF-8");
                          json.writeValue(
                              response.getWriter(),
                              CurrentUserController.describe(
                                  ((CivgisUserDetails) authentication.getPrincipal()).user()));
                        })
                    .failureHandler(
                        (request, response, e) -> loginFailure(request, response, json, e)))
        // only this provider, without a parent: a refusal is never tried a second time
        .authenticationManager(new ProviderManager(attempts))
        .logout(
            logout ->
                logout
                    .logoutUrl("/api/logout")
                    .logoutSuccessHandler(
                        (request, response, authentication) ->
                            response.setStatus(HttpServletResponse.SC_NO_CONTENT)))
        .csrf(csrf -> csrf.spa().ignoringRequestMatchers(SecurityConfiguration::withoutSession))
        // no explicit session creation policy: see tokenChain
        .requestCache(cache -> cache.disable())
        .exceptionHandling(
            exceptions ->
                exceptions
                    .authenticationEntryPoint(unauthorized)
                    .accessDeniedHandler(forbidden(json)))
        .headers(SecurityConfiguration::securityHeaders)
        .addFilterAfter(
            new SessionUserRefreshFilter(users, unauthorized, clock),
            SecurityContextHolderFilter.class);
    return http.build();
  }

  /**
   * The same rules for both chains: who may reach what. {@code HEAD} is allowed wherever {@code
   * GET} is (RFC 9110: the same answer without the body).
   */
  private static void authorizeRequests(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
        requests ->
            requests
                .requestMatchers(HttpMethod.OPTIONS, "/**")
                .permitAll()
                .requestMatchers(
                    readable(
                        "/",
                        "/index.html",
                        "/assets/**",
                        "/favicon.svg",
                        "/field",
                        "/field.html",
                        "/field-sw.js",
                        "/field.webmanifest"))
                .permitAll()
                .requestMatchers("/error", "/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole(Role.ADMIN.name())
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .permitAll()
                .requestMatchers(readable("/ogc", "/ogc/**", "/tiles/**"))
                .permitAll()
                .requestMatchers(
                    readable(
                        "/api/config",
                        "/api/me",
                        "/api/divisions/**",
                        "/api/place-names/**",
                        "/api/heritage",
                        "/api/search"))
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/login")
                .permitAll()
                .anyRequest()
                .authenticated());
  }

  /** {@code GET} and {@code HEAD} of {@code patterns}. */
  private static RequestMatcher readable(String... patterns) {
    List<RequestMatcher> matchers = new ArrayList<>();
    for (String pattern : patterns) {
      matchers.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern));
      matchers.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.HEAD, pattern));
    }
    return new OrRequestMatcher(matchers);
  }

  private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .referrerPolicy(
            referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
  }

  private static AuthenticationEntryPoint unauthorized(JsonMapper json) {
    return (request, response, e) ->
        writeProblem(
            response,
            json,
            HttpStatus.UNAUTHORIZED,
            "unauthorized",
            "未登录或凭据无效",
            e.getMessage() == null || e instanceof InsufficientAuthenticationException
                ? "此操作需要登录，或在 Authorization 头中提供有效的 API 令牌。"
                : e.getMessage());
  }

  /** 403: a missing or invalid CSRF token says so and how to get one; else the role lacks it. */
  private static AccessDeniedHandler forbidden(JsonMapper json) {
    return (request, response, e) -> {
      if (e instanceof CsrfException) {
        writeProblem(
            response,
            json,
            HttpStatus.FORBIDDEN,
            "csrf",
            "缺少或无效的 CSRF 令牌",
            "以浏览器会话（Cookie）发出的写请求须带 CSRF 令牌：先 GET /api/me，它设置 Cookie XSRF-TOKEN；"
                + "再把该 Cookie 的值放在请求头 X-XSRF-TOKEN 中（登录后令牌会更换，请重新读取）。"
                + "脚本请改用 Authorization: Bearer API 令牌，无需 CSRF 令牌。");
        return;
      }
      writeProblem(response, json, HttpStatus.FORBIDDEN, "forbidden", "没有权限", "当前用户的角色无权执行此操作。");
    };
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * CSRF protects requests that a browser's session cookie authenticates. A request with no session
   * cookie at all (it can only be anonymous) has nothing to protect; a login always needs the token
   * (against login CSRF). Requests with a bearer token never reach this chain.
   */
  static boolean withoutSession(HttpServletRequest request) {
    if ("/api/login".equals(request.getServletPath())) {
      return false;
    }
    Cookie[] cookies = request.getCookies();
    return cookies == null
        || java.util.Arrays.stream(cookies).noneMatch(c -> SESSION_COOKIE.equals(c.getName()));
  }

  /** The cookie of Spring Session. */
  static final String SESSION_COOKIE = "SESSION";

  /**
   * The answer to a refused login. Whether the account exists, is locked or disabled, or only the
   * password is wrong, the answer is the same (nothing tells which user names exist); a client over
   * its limit of failures gets 429; a database that cannot be reached gives 503, never "wrong
   * password".
   */
  private static void loginFailure(
      HttpServletRequest request,
      HttpServletResponse response,
      JsonMapper json,
      AuthenticationException e)
      throws IOException {
    if (e instanceof LoginAttempts.ClientThrottledException throttled) {
      response.setHeader("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
      writeProblem(
          response,
          json,
          HttpStatus.TOO_MANY_REQUESTS,
          "login-throttled",
          "登录尝试过多",
          "此地址登录失败次数过多（"
              + LoginAttempts.CLIENT_WINDOW_MINUTES
              + " 分钟内超过 "
              + LoginAttempts.MAX_FAILURES_PER_CLIENT
              + " 次），请 "
              + Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60)
              + " 分钟后再试。");
      return;
    }
    if (Problems.isDatabaseUnavailable(e)) {
      Problems.writeDatabaseUnavailable(response);
      return;
    }
    writeProblem(
        response,
        json,
        HttpStatus.UNAUTHORIZED,
        "login-failed",
        "登录失败",
        "用户名或密码错误，或账户已停用、已锁定。连续失败 "
            + LoginAttempts.MAX_FAILURES
            + " 次后账户锁定 "
            + LoginAttempts.LOCK_MINUTES
            + " 分钟。");
  }

  static void writeProblem(
      HttpServletResponse response,
      JsonMapper json,
      HttpStatus status,
      String type,
      String title,
      String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("/problems/" + type));
    problem.setTitle(title);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    if (status == HttpStatus.UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"civgis\"");
    }
    json.writeValue(response.getWriter(), problem);
  }
}
