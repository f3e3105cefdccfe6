package org.civgis.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/** The security filter chain; see the package contract. */
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
   * session read from PostgreSQL per tile would cost more than the tile). They carry no security
   * headers; they are binary data, never rendered as a page.
   */
  @Bean
  WebSecurityCustomizer publicTiles() {
    return web -> web.ignoring().requestMatchers("/tiles", "/tiles/**");
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, UserRepository users, JsonMapper json, Clock clock) throws Exception {
    AuthenticationEntryPoint unauthorized =
        (request, response, e) ->
            writeProblem(
                response,
                json,
                HttpStatus.UNAUTHORIZED,
                "unauthorized",
                "未登录或凭据无效",
                e.getMessage() == null
                        || e
                            instanceof
                            org.springframework.security.authentication
                                .InsufficientAuthenticationException
                    ? "此操作需要登录，或在 Authorization 头中提供有效的 API 令牌。"
                    : e.getMessage());
    AccessDeniedHandler forbidden =
        (request, response, e) ->
            writeProblem(
                response, json, HttpStatus.FORBIDDEN, "forbidden", "没有权限", "当前用户的角色无权执行此操作。");
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.OPTIONS, "/**")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.GET,
                        "/",
                        "/index.html",
                        "/assets/**",
                        "/favicon.svg",
                        "/field",
                        "/field.html",
                        "/field-sw.js",
                        "/field.webmanifest")
                    .permitAll()
                    .requestMatchers("/error", "/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/ogc", "/ogc/**", "/tiles/**")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/config",
                        "/api/me",
                        "/api/divisions/**",
                        "/api/place-names/**",
                        "/api/search")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/login")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
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
                        (request, response, e) ->
                            writeProblem(
                                response,
                                json,
                                HttpStatus.UNAUTHORIZED,
                                "login-failed",
                                "登录失败",
                                loginFailure(e))))
        .logout(
            logout ->
                logout
                    .logoutUrl("/api/logout")
                    .logoutSuccessHandler(
                        (request, response, authentication) ->
                            response.setStatus(HttpServletResponse.SC_NO_CONTENT)))
        .csrf(csrf -> csrf.spa().ignoringRequestMatchers(SecurityConfiguration::withoutSession))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
        .requestCache(cache -> cache.disable())
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .addFilterBefore(
            new ApiTokenAuthenticationFilter(users, unauthorized, clock),
            UsernamePasswordAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService userDetailsService(UserRepository users, Clock clock) {
    return username ->
        users
            .findByUsername(username)
            .map(user -> new CivgisUserDetails(user, clock))
            .orElseThrow(() -> new UsernameNotFoundException(username));
  }

  /**
   * CSRF protects requests that a browser's session cookie authenticates. A request with a bearer
   * token, or with no session cookie at all (it can only be anonymous), has nothing to protect; a
   * login always needs the token (against login CSRF).
   */
  static boolean withoutSession(HttpServletRequest request) {
    if (ApiTokenAuthenticationFilter.hasBearerToken(request)) {
      return true;
    }
    if ("/api/login".equals(request.getServletPath())) {
      return false;
    }
    Cookie[] cookies = request.getCookies();
    return cookies == null
        || java.util.Arrays.stream(cookies).noneMatch(c -> SESSION_COOKIE.equals(c.getName()));
  }

  /** The cookie of Spring Session. */
  static final String SESSION_COOKIE = "SESSION";

  private static String loginFailure(AuthenticationException e) {
    if (e instanceof LockedException) {
      return "登录失败次数过多，账户已锁定 " + LoginAttempts.LOCK_MINUTES + " 分钟，请稍后再试。";
    }
    return "用户名或密码错误。连续失败 " + LoginAttempts.MAX_FAILURES + " 次将锁定账户。";
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
