package org.civgis.web.config;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the frontend needs to know about this deployment before it draws the map. */
@RestController
class ClientConfigController {
  private final CivgisProperties properties;
  private final DivisionRepository divisions;
  private final Clock clock;

  ClientConfigController(CivgisProperties properties, DivisionRepository divisions, Clock clock) {
    this.properties = properties;
    this.divisions = divisions;
    this.clock = clock;
  }

  @GetMapping("/api/config")
  ClientConfig config() {
    String code = properties.homeDivision();
    String name = divisions.findByCode(code, LocalDate.now(clock)).map(Division::name).orElse(null);
    CivgisProperties.BaseLayer baseLayer = properties.map().baseLayer();
    return new ClientConfig(
        new HomeDivision(code, name),
        baseLayer != null && baseLayer.configured() ? baseLayer : null,
        properties.map().attributions() == null ? List.of() : properties.map().attributions());
  }

  record HomeDivision(String code, String name) {}

  record ClientConfig(
      HomeDivision homeDivision, CivgisProperties.BaseLayer baseLayer, List<String> attributions) {}
}
