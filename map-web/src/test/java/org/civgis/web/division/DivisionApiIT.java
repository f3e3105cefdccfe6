package org.civgis.web.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Collectors;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Division profiles and the county areas the map shows. */
class DivisionApiIT extends WebIntegrationTest {

  /** ST_Area on the geography (geodesic, on the ellipsoid) of each Changji county, in km². */
  private static Map<String, Double> postgisGeodesicAreasKm2() {
    return JdbcClient.create(demo().dataSource())
        .sql(
            """
            select code, ST_Area(geom::geography) / 1e6 as km2
              from boundary.division_version
             where level = 3 and parent_code = '652300000000' and upper_inf(valid)
            """)
        .query((rs, row) -> Map.entry(rs.getString("code"), rs.getDouble("km2")))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  // ---- areas against PostGIS

  @Test
  void countyAreasAgreeWithPostgisGeodesicAreaWithinHalfAPercent() {
    Map<String, Double> postgis = postgisGeodesicAreasKm2();
    assertThat(postgis).hasSize(7);

    JsonNode counties =
        getJson("/ogc/collections/divisions/items?level=3&parent=652300000000", 200);
    for (JsonNode county : counties.path("features")) {
      String code = county.path("id").asString();
      double ours = county.path("properties").path("areaKm2").asDouble();
      double expected = postgis.get(code);
      assertThat(ours)
          .as("area of %s in the OGC items", code)
          .isCloseTo(expected, within(expected * 0.005));
      assertThat(getJson("/api/divisions/" + code, 200).path("areaKm2").asDouble())
          .as("area of %s in its profile", code)
          .isCloseTo(expected, within(expected * 0.005));
    }
  }

  @Test
  void areaIsMeasuredInTheZoneOfTheCountysLongitude() {
    JsonNode changji = getJson("/api/divisions/652301000000", 200);
    assertThat(changji.path("areaZone").path("epsg").asInt()).isEqualTo(4538);
    assertThat(changji.path("areaZone").path("centralMeridian").asInt()).isEqualTo(87);
    JsonNode mori = getJson("/api/divisions/652328000000", 200);
    assertThat(mori.path("areaZone").path("epsg").asInt()).isEqualTo(4539);
  }

  // ---- census

  @Test
  void countyProfileShowsItsCensus() {
    JsonNode changji = getJson("/api/divisions/652301", 200);
    assertThat(changji.path("name").asString()).isEqualTo("昌吉市");
    assertThat(changji.path("levelName").asString()).isEqualTo("县级");
    assertThat(changji.path("parent").path("name").asString()).isEqualTo("昌吉回族自治州");
    assertThat(changji.path("inHomeDivision").asBoolean()).isTrue();
    JsonNode census = changji.path("census");
    assertThat(census.path("year").asInt()).isEqualTo(2020);
    assertThat(census.path("residentPopulation").asLong()).isEqualTo(607_441);
    // AGES_60-64 + AGES_65P of the source: 0.0446 + 0.0993
    assertThat(census.path("aged60PlusShare").asDouble()).isCloseTo(0.1439, within(0.0002));
    assertThat(census.path("aggregated").asBoolean()).isFalse();
  }

  @Test
  void prefectureProfileAddsUpItsCounties() {
    JsonNode census = getJson("/api/divisions/652300000000", 200).path("census");
    assertThat(census.path("residentPopulation").asLong()).isEqualTo(1_613_585);
    assertThat(census.path("aged60PlusShare").asDouble()).isCloseTo(0.1555, within(0.0001));
    assertThat(census.path("aggregated").asBoolean()).isTrue();
  }

  @Test
  void neighbourHasNoCensusAndIsNotHome() {
    JsonNode urumqiCounty = getJson("/api/divisions/650121000000", 200);
    assertThat(urumqiCounty.path("census").isNull()).isTrue();
    assertThat(urumqiCounty.path("inHomeDivision").asBoolean()).isFalse();
    assertThat(urumqiCounty.path("parent").path("name").asString()).isEqualTo("乌鲁木齐市");
  }

  @Test
  void profileOfAnOldVersion() {
    JsonNode park = getJson("/api/divisions/652327400000?date=2022-06-01", 200);
    assertThat(park.path("name").asString()).isEqualTo("五彩湾工业园区");
    assertThat(park.path("validTo").asString()).isEqualTo("2023-06-30");
    assertThat(getJson("/api/divisions/652327400000", 404).path("detail").asString())
        .contains("652327400000");
    assertThat(
            getJson("/api/divisions/12345", 400)
                .path("invalidParams")
                .get(0)
                .path("name")
                .asString())
        .isEqualTo("code");
    assertThat(getJson("/api/divisions/652301?date=soon", 400).path("detail").asString())
        .contains("date");
  }

  // ---- what the frontend reads first

  @Test
  void clientConfigNamesTheHomeDivisionAndAttributions() {
    JsonNode config = getJson("/api/config", 200);
    assertThat(config.path("homeDivision").path("code").asString()).isEqualTo("652300000000");
    assertThat(config.path("homeDivision").path("name").asString()).isEqualTo("昌吉回族自治州");
    assertThat(config.path("baseLayer").isNull()).isTrue();
    assertThat(config.path("attributions").toString()).contains("国家统计局", "echarts-china-cities");
  }
}
