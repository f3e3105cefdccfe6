package org.civgis.web.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of a deployment ({@code civgis.*}).
 *
 * @param homeDivision the 12-digit code of the division this deployment serves
 * @param timeZone the zone whose calendar dates the data uses (validity of versions)
 * @param map the map's base layer and attributions
 */
@ConfigurationProperties("civgis")
public record CivgisProperties(String homeDivision, String timeZone, Map map) {

  /**
   * @param baseLayer an optional tile layer below our polygons
   * @param attributions data attributions shown on the map
   */
  public record Map(BaseLayer baseLayer, List<String> attributions) {}

  /**
   * @param type {@code xyz} or {@code wmts}; empty for none
   * @param url the tile URL template
   * @param attribution the attribution of the tiles
   */
  public record BaseLayer(String type, String url, String attribution) {
    public boolean configured() {
      return type != null && !type.isBlank() && url != null && !url.isBlank();
    }
  }
}
