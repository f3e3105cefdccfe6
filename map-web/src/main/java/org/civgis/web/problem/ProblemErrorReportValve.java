package org.civgis.web.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error page as a problem detail instead of HTML: the answer to requests that Tomcat
 * refuses before the application sees them (a URL or headers over the server's limit, a request
 * line it cannot parse) and to any error no part of the application answered.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    String body =
        "{\"type\":\"/problems/"
            + type(status)
            + "\",\"title\":\""
            + title(status)
            + "\",\"status\":"
            + status
            + ",\"detail\":\""
            + detail(status)
            + "\"}";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response cannot be written: nothing more to tell
    }
  }

  private static String type(int status) {
    return switch (status) {
      case 400, 414, 431 -> "malformed-request";
      default -> status >= 500 ? "internal-error" : "request-refused";
    };
  }

  private static String title(int status) {
    return switch (status) {
      case 400, 414, 431 -> "请求无法解析";
      default -> status >= 500 ? "服务器内部错误" : "请求被拒绝";
    };
  }

  private static String detail(int status) {
    return switch (status) {
      case 400 ->
          "服务器无法解析此请求：URL（含查询参数）或请求头过长（合计上限默认 8 KB），" + "或请求行、请求头的格式或编码无效。长的查询请改用 POST 请求体。";
      case 414 -> "URL 过长（含查询参数，上限默认 8 KB）；长的查询请改用 POST 请求体。";
      case 431 -> "请求头过大（URL 与全部请求头合计上限默认 8 KB）；请减少 Cookie 或请求头。";
      default -> status >= 500 ? "服务器内部错误，已记录日志；请稍后再试或联系管理员。" : "请求被拒绝（HTTP " + status + "）。";
    };
  }
}
