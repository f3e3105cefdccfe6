package org.civgis.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** OGC API – Features Part 2: output and bbox in CRS84, EPSG:4490, EPSG:4326, EPSG:3857. */
class CrsIT extends WebIntegrationTest {
  private static final String ITEM = "/ogc/collections/divisions/items/652301000000";

  private static JsonNode firstPosition(JsonNode feature) {
    return feature.path("geometry").path("coordinates").get(0).get(0).get(0);
  }

  @Test
  void outputInEveryOfferedCrs() {
    JsonNode crs84 = firstPosition(getJson(ITEM, 200));
    double lon = crs84.get(0).asDouble();
    double lat = crs84.get(1).asDouble();

    HttpResponse<String> cgcs = get(ITEM + "?crs=http://www.opengis.net/def/crs/EPSG/0/4490");
    assertThat(cgcs.headers().firstValue("Content-Crs"))
        .hasValue("<http://www.opengis.net/def/crs/EPSG/0/4490>");
    JsonNode latLon = firstPosition(JSON.readTree(cgcs.body()));
    assertThat(latLon.get(0).asDouble()).isEqualTo(lat); // EPSG axis order: latitude first
    assertThat(latLon.get(1).asDouble()).isEqualTo(lon);

    JsonNode mercator =
        firstPosition(getJson(ITEM + "?crs=http://www.opengis.net/def/crs/EPSG/0/3857", 200));
    assertThat(mercator.get(0).asDouble()).isCloseTo(6_378_137 * Math.toRadians(lon), within(0.5));
  }

  @Test
  void bboxInAnotherCrsSelectsTheSame() {
    String crs84 = "/ogc/collections/divisions/items?level=3&bbox=90.9,43.9,91.0,44.0";
    String epsg4326 =
        "/ogc/collections/divisions/items?level=3&bbox=43.9,90.9,44.0,91.0"
            + "&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326";
    assertThat(getJson(epsg4326, 200).path("features").get(0).path("id").asString())
        .isEqualTo(getJson(crs84, 200).path("features").get(0).path("id").asString())
        .isEqualTo("652328000000");
  }

  @Test
  void anUnknownCrsIs400() {
    assertThat(get(ITEM + "?crs=EPSG:2000").statusCode()).isEqualTo(400);
    assertThat(get("/ogc/collections/divisions/items?bbox-crs=EPSG:9999&bbox=1,2,3,4").statusCode())
        .isEqualTo(400);
  }

  @Test
  void collectionsListTheirCrs() {
    JsonNode divisions = getJson("/ogc/collections/divisions", 200);
    assertThat(divisions.path("storageCrs").asString())
        .isEqualTo("http://www.opengis.net/def/crs/EPSG/0/4490");
    assertThat(divisions.path("crs").toString()).contains("EPSG/0/3857", "OGC/1.3/CRS84");
  }
}
