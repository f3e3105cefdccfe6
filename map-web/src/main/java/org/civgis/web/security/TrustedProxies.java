package org.civgis.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Which clients may say, in {@code X-Forwarded-*}, where a request really came from: the reverse
 * proxies of {@code civgis.trusted-proxies} (IP addresses and CIDR ranges, comma-separated), and
 * nobody else.
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>Without configured proxies (the default) the headers {@code X-Forwarded-For}, {@code
 *       -Host}, {@code -Proto}, {@code -Port} and {@code Forwarded} change nothing: the client's
 *       address (as audited and throttled) is the connection's, links are built from the {@code
 *       Host} header and the connection's scheme.
 *   <li>For a request from a configured proxy, the client's address is the last address in {@code
 *       X-Forwarded-For} that is not itself a configured proxy (addresses a client wrote in front
 *       of it count for nothing), and {@code X-Forwarded-Host}, {@code -Proto} and {@code -Port}
 *       give the host, scheme and port of links.
 *   <li>An entry that is not an IP address or a CIDR range (a host name, a pattern) stops the start
 *       with a message.
 * </ol>
 *
 * <p>Implementation note: Tomcat's {@link RemoteIpValve}, which walks {@code X-Forwarded-For} from
 * the right, with the proxies as CIDR ranges; Spring Boot's own {@code native} setting would trust
 * every private network by default, and its {@code framework} setting trusts every client.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
  private static final Pattern ADDRESS_OR_RANGE =
      Pattern.compile("([0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)(/[0-9]{1,3})?");

  private final List<String> ranges;

  TrustedProxies(@Value("${civgis.trusted-proxies:}") String proxies) {
    this.ranges = parse(proxies);
  }

  /** The configured proxies as CIDR ranges (a single address as a /32 or /128). */
  static List<String> parse(String proxies) {
    List<String> ranges = new ArrayList<>();
    if (proxies == null) {
      return ranges;
    }
    for (String entry : proxies.split(",")) {
      String proxy = entry.strip();
      if (proxy.isEmpty()) {
        continue;
      }
      if (!ADDRESS_OR_RANGE.matcher(proxy).matches()) {
        throw new IllegalArgumentException(
            "civgis.trusted-proxies: \""
                + proxy
                + "\" is no IP address or CIDR range (e.g. 10.0.0.5, 10.0.0.0/24, ::1)");
      }
      ranges.add(proxy.contains("/") ? proxy : proxy + (proxy.contains(":") ? "/128" : "/32"));
    }
    return ranges;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    if (ranges.isEmpty()) {
      return;
    }
    RemoteIpValve valve = new RemoteIpValve();
    // a list with a "/" is read as CIDR ranges, not as a regular expression
    valve.setInternalProxies(String.join(",", ranges));
    valve.setTrustedProxies(null);
    valve.setRemoteIpHeader("X-Forwarded-For");
    valve.setProxiesHeader("X-Forwarded-By");
    valve.setProtocolHeader("X-Forwarded-Proto");
    valve.setHostHeader("X-Forwarded-Host");
    valve.setPortHeader("X-Forwarded-Port");
    factory.addEngineValves(valve);
  }
}
