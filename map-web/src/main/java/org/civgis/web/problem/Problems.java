package org.civgis.web.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.edit.EditRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem detail of each refusal of the API, for answers and for jobs, which report the refusal
 * that ended them in the same form.
 */
public final class Problems {
  private Problems() {}

  /**
   * The problem detail of {@code e}: the refusals of this package by their kind, a lost database as
   * 503, anything else as an internal error without internals.
   */
  public static ProblemDetail of(Throwable e) {
    if (e instanceof InvalidParameterException p) {
      ProblemDetail problem =
          problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "请求参数无效", p.getMessage());
      problem.setProperty(
          "invalidParams", List.of(Map.of("name", p.parameter(), "reason", p.reason())));
      return problem;
    }
    if (e instanceof InvalidRowsException rows) {
      ProblemDetail problem =
          problem(HttpStatus.BAD_REQUEST, "invalid-rows", "导入数据有误", rows.getMessage());
      problem.setProperty(
          "invalidParams",
          rows.problems().stream()
              .map(r -> Map.of("name", r.location(), "reason", r.reason()))
              .toList());
      return problem;
    }
    if (e instanceof InvalidFeatureException f) {
      ProblemDetail problem =
          problem(HttpStatus.BAD_REQUEST, "invalid-feature", "要素数据无效", f.getMessage());
      problem.setProperty(
          "invalidParams", List.of(Map.of("name", f.location(), "reason", f.reason())));
      return problem;
    }
    if (e instanceof NotFoundException) {
      return problem(HttpStatus.NOT_FOUND, "not-found", "未找到", e.getMessage());
    }
    if (e instanceof ForbiddenException) {
      return problem(HttpStatus.FORBIDDEN, "forbidden", "没有权限", e.getMessage());
    }
    if (e instanceof PreconditionFailedException p) {
      return p.isMissing()
          ? problem(
              HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "缺少 If-Match", e.getMessage())
          : problem(HttpStatus.PRECONDITION_FAILED, "edit-conflict", "编辑冲突", e.getMessage());
    }
    if (e instanceof ConflictException) {
      return problem(HttpStatus.CONFLICT, "conflict", "数据冲突", e.getMessage());
    }
    if (e instanceof EditRefusedException r) {
      return EditProblems.of(r);
    }
    if (DatabaseUnavailableFilter.isDatabaseUnavailable(e)) {
      return databaseUnavailable();
    }
    if (isUnstorableText(e)) {
      return problem(
          HttpStatus.BAD_REQUEST, "invalid-text", "文本无效", "文本含有数据库不能保存的字符（如 NUL，即 U+0000）；请删除后重试。");
    }
    return internalError();
  }

  /**
   * Whether PostgreSQL refused text it cannot store (SQLSTATE 22021, e.g. a NUL character, or
   * 22P05): the client's text, which the request filters refuse earlier wherever they can.
   */
  static boolean isUnstorableText(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} is one of the refusals of this package (the client's fault, not ours). */
  public static boolean isRefusal(Throwable e) {
    return e instanceof InvalidParameterException
        || e instanceof InvalidFeatureException
        || e instanceof NotFoundException
        || e instanceof ForbiddenException
        || e instanceof PreconditionFailedException
        || e instanceof ConflictException;
  }

  /**
   * Whether {@code e} or one of its causes says that the database cannot be reached (an error of
   * the service, 503, never the client's).
   */
  public static boolean isDatabaseUnavailable(Throwable e) {
    return DatabaseUnavailableFilter.isDatabaseUnavailable(e);
  }

  /** Answers 503 with the problem detail of an unreachable database. */
  public static void writeDatabaseUnavailable(HttpServletResponse response) throws IOException {
    DatabaseUnavailableFilter.writeDatabaseUnavailable(response);
  }

  /**
   * Answers 400 with a problem detail naming the part of the request that cannot be read, for
   * filters that refuse a request before any controller sees it.
   */
  public static void writeInvalidParameter(
      HttpServletResponse response, JsonMapper json, String parameter, String reason)
      throws IOException {
    writeProblem(response, json, of(new InvalidParameterException(parameter, reason)));
  }

  /** Writes {@code problem} as the response (its status and an application/problem+json body). */
  public static void writeProblem(
      HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
    response.resetBuffer();
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getWriter(), problem);
  }

  static ProblemDetail databaseUnavailable() {
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "database-unavailable",
        "服务暂不可用",
        "数据库暂时无法连接，请稍后再试；数据未做任何修改。");
  }

  static ProblemDetail internalError() {
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal-error",
        "服务器内部错误",
        "服务器内部错误，已记录日志；请稍后再试或联系管理员。");
  }

  static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("/problems/" + type));
    problem.setTitle(title);
    return problem;
  }
}
