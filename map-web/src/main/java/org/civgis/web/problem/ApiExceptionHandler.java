package org.civgis.web.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns the API's exceptions into problem details (Spring's own ones are handled by the base). */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail invalidParameter(InvalidParameterException e) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "请求参数无效", e.getMessage());
    problem.setProperty(
        "invalidParams", List.of(Map.of("name", e.parameter(), "reason", e.reason())));
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "未找到", e.getMessage());
  }

  @ExceptionHandler(InvalidFeatureException.class)
  ProblemDetail invalidFeature(InvalidFeatureException e) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "invalid-feature", "要素数据无效", e.getMessage());
    problem.setProperty(
        "invalidParams", List.of(Map.of("name", e.location(), "reason", e.reason())));
    return problem;
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return problem(HttpStatus.FORBIDDEN, "forbidden", "没有权限", e.getMessage());
  }

  @ExceptionHandler(PreconditionFailedException.class)
  ProblemDetail preconditionFailed(PreconditionFailedException e) {
    return e.isMissing()
        ? problem(
            HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "缺少 If-Match", e.getMessage())
        : problem(HttpStatus.PRECONDITION_FAILED, "edit-conflict", "编辑冲突", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "conflict", "数据冲突", e.getMessage());
  }

  /**
   * Method security's refusals go back to the security filter chain, which answers 401 to the
   * anonymous and 403 to the others (the catch-all below must not turn them into 500).
   */
  @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
  void securityRefusal(RuntimeException e) {
    throw e;
  }

  @ExceptionHandler({
    CannotGetJdbcConnectionException.class,
    DataAccessResourceFailureException.class
  })
  ProblemDetail databaseUnavailable(RuntimeException e) {
    log.warn("database unavailable: {}", e.getMessage());
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "database-unavailable",
        "服务暂不可用",
        "数据库暂时无法连接，请稍后再试；数据未做任何修改。");
  }

  /** Anything else is our fault: logged with its stack, answered without internals. */
  @ExceptionHandler(RuntimeException.class)
  ProblemDetail unexpected(RuntimeException e) {
    if (DatabaseUnavailableFilter.isDatabaseUnavailable(e)) {
      return databaseUnavailable(e);
    }
    log.error("unexpected error", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal-error",
        "服务器内部错误",
        "服务器内部错误，已记录日志；请稍后再试或联系管理员。");
  }

  private static ProblemDetail problem(
      HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("/problems/" + type));
    problem.setTitle(title);
    return problem;
  }
}
