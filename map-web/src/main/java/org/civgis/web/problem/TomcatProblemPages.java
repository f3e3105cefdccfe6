package org.civgis.web.problem;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemErrorReportValve} in place of every other error report valve of the host
 * (Tomcat's default and the one Spring Boot adds), once the host has started and before the
 * application does.
 */
@Component
class TomcatProblemPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context ->
            context.addLifecycleListener(
                event -> {
                  if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    useProblemValve(context.getParent());
                  }
                }));
  }

  private static void useProblemValve(Container host) {
    boolean present = false;
    for (Valve valve : host.getPipeline().getValves()) {
      if (valve instanceof ProblemErrorReportValve) {
        present = true;
      } else if (valve instanceof ErrorReportValve) {
        host.getPipeline().removeValve(valve);
      }
    }
    if (!present) {
      host.getPipeline().addValve(new ProblemErrorReportValve());
    }
  }
}
