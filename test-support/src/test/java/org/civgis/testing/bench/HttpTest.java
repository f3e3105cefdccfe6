package org.civgis.testing.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HttpTest {

  /** A server that answers one request per connection, then closes it (an idle keep-alive). */
  private static ServerSocket oneAnswerPerConnection(AtomicInteger connections) throws IOException {
    ServerSocket server = new ServerSocket(0);
    Thread thread =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try (Socket client = server.accept()) {
                  int n = connections.incrementAndGet();
                  BufferedReader reader =
                      new BufferedReader(
                          new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                  String requestLine = reader.readLine();
                  for (String line = reader.readLine(); !line.isEmpty(); line = reader.readLine()) {
                    // headers
                  }
                  String body = "answer " + n + " to " + requestLine.split(" ")[0];
                  byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                  OutputStream out = client.getOutputStream();
                  out.write(
                      ("HTTP/1.1 200 OK\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                          .getBytes(StandardCharsets.US_ASCII));
                  out.write(bytes);
                  out.flush();
                } catch (IOException | RuntimeException e) {
                  // the server was closed, or the client went away
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
    return server;
  }

  @Test
  void aGetOnAConnectionTheServerClosedIsSentAgainOnANewOne() throws Exception {
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket server = oneAnswerPerConnection(connections);
        Http http = new Http("http://127.0.0.1:" + server.getLocalPort())) {
      assertThat(http.get("/a").text()).isEqualTo("answer 1 to GET");
      assertThat(http.get("/b").text()).isEqualTo("answer 2 to GET");
      assertThat(connections).hasValue(2);
    }
  }

  @Test
  void aPutOnAConnectionTheServerClosedFailsInsteadOfBeingSentTwice() throws Exception {
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket server = oneAnswerPerConnection(connections);
        Http http = new Http("http://127.0.0.1:" + server.getLocalPort())) {
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
      assertThat(http.send("PUT", "/a", Map.of(), body).text()).isEqualTo("answer 1 to PUT");
      assertThatThrownBy(() -> http.send("PUT", "/a", Map.of(), body))
          .isInstanceOf(IOException.class);
      assertThat(connections).hasValue(1);
    }
  }
}
