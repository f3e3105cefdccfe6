package org.civgis.web.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
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

  @ExceptionHandler({
    InvalidParameterException.class,
    NotFoundException.class,
    InvalidFeatureException.class,
    ForbiddenException.class,
    PreconditionFailedException.class,
    ConflictException.class,
    org.civgis.boundary.edit.EditRefusedException.class
  })
  ProblemDetail refused(RuntimeException e) {
    return Problems.of(e);
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
    return Problems.databaseUnavailable();
  }

  /** Anything else is our fault: logged with its stack, answered without internals. */
  @ExceptionHandler(RuntimeException.class)
  ProblemDetail unexpected(RuntimeException e) {
    if (DatabaseUnavailableFilter.isDatabaseUnavailable(e)) {
      return databaseUnavailable(e);
    }
    if (Problems.isUnstorableText(e)) {
      log.info("refused text PostgreSQL cannot store: {}", e.getMessage());
      return Problems.of(e);
    }
    log.error("unexpected error", e);
    return Problems.internalError();
  }
}
