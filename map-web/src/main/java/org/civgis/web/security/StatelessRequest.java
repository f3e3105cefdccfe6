package org.civgis.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

/**
 * A request that has no session and cannot get one, whatever cookie it sent: for requests that must
 * stay stateless (API tokens, tiles). Asking it for a new session is a programming error.
 */
public final class StatelessRequest extends HttpServletRequestWrapper {

  public StatelessRequest(HttpServletRequest request) {
    super(request);
  }

  @Override
  public HttpSession getSession(boolean create) {
    if (create) {
      throw new IllegalStateException("this request is stateless: it has no session");
    }
    return null;
  }

  @Override
  public HttpSession getSession() {
    return getSession(true);
  }

  @Override
  public String getRequestedSessionId() {
    return null;
  }

  @Override
  public boolean isRequestedSessionIdValid() {
    return false;
  }

  @Override
  public String changeSessionId() {
    throw new IllegalStateException("this request is stateless: it has no session");
  }
}
