package org.civgis.testing.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A blocking HTTP/1.1 client on one keep-alive socket, as lean as curl or wrk, for the benchmarks
 * that time requests of a few milliseconds or less: the JDK's HttpClient hands every request
 * between its selector and executor threads, which cost about 0.8 ms a request here (a cached tile
 * took 1.0 ms through it, 0.2 ms through curl), more than the app's own overhead that is to be
 * measured. Not thread-safe; one request at a time.
 */
public final class Http implements AutoCloseable {
  /** A response: the status, the headers by lower-case name, the body. */
  public record Response(int status, Map<String, String> headers, byte[] body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final String host;
  private final int port;
  private Socket socket;
  private BufferedInputStream in;
  private OutputStream out;

  public Http(String baseUrl) {
    URI uri = URI.create(baseUrl);
    this.host = uri.getHost();
    this.port = uri.getPort() < 0 ? 80 : uri.getPort();
  }

  public Response get(String path) throws IOException {
    return send("GET", path, Map.of(), null);
  }

  /**
   * Sends one request and reads its whole response.
   *
   * @param headers extra request headers (Host and Accept are sent by default)
   * @param body the request body, or null for none
   */
  public Response send(String method, String path, Map<String, String> headers, byte[] body)
      throws IOException {
    boolean reused = socket != null && !socket.isClosed();
    if (!reused) {
      connect();
    }
    try {
      return exchange(method, path, headers, body);
    } catch (IOException e) {
      // a keep-alive connection the server closed while it was idle (Tomcat closes them after its
      // keep-alive timeout): a GET or HEAD is sent again once on a new connection, as curl does
      if (!reused || !("GET".equals(method) || "HEAD".equals(method))) {
        throw e;
      }
      close();
      connect();
      return exchange(method, path, headers, body);
    }
  }

  private void connect() throws IOException {
    socket = new Socket(host, port);
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(120_000);
    in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    out = socket.getOutputStream();
  }

  private Response exchange(String method, String path, Map<String, String> headers, byte[] body)
      throws IOException {
    StringBuilder head =
        new StringBuilder(method)
            .append(' ')
            .append(path)
            .append(" HTTP/1.1\r\nHost: ")
            .append(host)
            .append(':')
            .append(port)
            .append("\r\n");
    if (!headers.containsKey("Accept")) {
      head.append("Accept: */*\r\n");
    }
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    if (body != null) {
      out.write(body);
    }
    out.flush();
    String statusLine = line();
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, String> responseHeaders = new HashMap<>();
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      responseHeaders.put(
          header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
          header.substring(colon + 1).strip());
    }
    byte[] responseBody;
    if ("chunked".equalsIgnoreCase(responseHeaders.get("transfer-encoding"))) {
      ByteArrayOutputStream chunks = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line().split(";")[0], 16);
          size > 0;
          size = Integer.parseInt(line().split(";")[0], 16)) {
        chunks.write(in.readNBytes(size));
        line();
      }
      line();
      responseBody = chunks.toByteArray();
    } else if ("HEAD".equals(method) || status == 204 || status == 304) {
      responseBody = new byte[0];
    } else {
      responseBody =
          in.readNBytes(Integer.parseInt(responseHeaders.getOrDefault("content-length", "0")));
    }
    if ("close".equalsIgnoreCase(responseHeaders.get("connection"))) {
      close();
    }
    return new Response(status, responseHeaders, responseBody);
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("the connection closed mid-answer");
      }
      if (c != '\r') {
        line.write(c);
      }
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }
}
