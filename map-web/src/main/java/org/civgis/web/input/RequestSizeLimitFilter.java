package org.civgis.web.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413 and a problem detail. A declared length is checked
 * at once; a chunked body is read up to the limit first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {
  private final long maxBytes;

  RequestSizeLimitFilter(@Value("${civgis.max-request-bytes:10485760}") long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(response);
      return;
    }
    boolean chunked =
        declared < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
    if (!chunked) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body =
        request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE));
    if (body.length > maxBytes) {
      refuse(response);
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(413);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Connection", "close");
    response
        .getWriter()
        .write(
            "{\"type\":\"/problems/payload-too-large\",\"title\":\"请求体过大\",\"status\":413,"
                + "\"detail\":\"请求体超过 "
                + maxBytes
                + " 字节的上限；请分批提交，或先导入文件。\"}");
  }

  /** A request whose body was read ahead. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException(
              "this body was read ahead; asynchronous reads do not apply");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
