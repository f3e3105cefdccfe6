package org.civgis.data.geocode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.gazetteer.address.AddressRepository;
import org.civgis.gazetteer.address.geocode.GeocodeResult;
import org.civgis.gazetteer.address.geocode.Geocoder;
import org.civgis.gazetteer.address.geocode.MatchLevel;
import org.civgis.gazetteer.address.geocode.RegistryLoader;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The geocoder over the demo registry as the loader writes it: every case of {@code
 * geocode/cases.tsv} (components, level, matched address), and reverse geocoding.
 */
@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeocodeCasesIT {
  private Geocoder geocoder;
  private JdbcClient jdbc;

  @BeforeAll
  void load(TestDatabase database) {
    DataSource dataSource = database.dataSource();
    new DemoLoader(dataSource).load(ChangjiDataset.read(DataFiles.classpath()));
    jdbc = JdbcClient.create(dataSource);
    geocoder =
        new Geocoder(
            new RegistryLoader(jdbc, new AddressRepository(jdbc, new JdbcTemplate(dataSource)))
                .load());
  }

  @Test
  void theCasesCoverEveryVariationAndLevel() {
    List<GeocodeCases> cases = GeocodeCases.read();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    Set<String> categories = cases.stream().map(GeocodeCases::category).collect(Collectors.toSet());
    assertThat(categories)
        .contains(
            "standard",
            "full chain",
            "prefecture short",
            "county without generic",
            "missing levels",
            "full-width digits",
            "chinese numerals",
            "former road name",
            "noise",
            "one wrong character",
            "house-number suffix",
            "interpolated",
            "unit and room",
            "building",
            "road only",
            "division",
            "road containing a place name",
            "nothing");
    Set<MatchLevel> levels = EnumSet.noneOf(MatchLevel.class);
    cases.forEach(c -> levels.add(MatchLevel.valueOf(c.level())));
    assertThat(levels).containsAll(EnumSet.allOf(MatchLevel.class));
  }

  @TestFactory
  Stream<DynamicTest> everyCaseMatchesItsAddress() {
    return GeocodeCases.read().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.category() + ": " + c.input(),
                    () -> {
                      GeocodeResult r = geocoder.geocode(c.input());
                      assertThat(r.level().name()).as("level").isEqualTo(c.level());
                      assertThat(r.text() == null ? "" : r.text())
                          .as("matched address")
                          .isEqualTo(c.text());
                      assertThat(GeocodeCases.components(r))
                          .as("components")
                          .isEqualTo(c.expectedComponents(r));
                      if (r.level() != MatchLevel.NONE) {
                        assertThat(r.lon()).isBetween(85.0, 92.0);
                        assertThat(r.lat()).isBetween(42.0, 46.0);
                        assertThat(r.confidence()).isBetween(0.05, 1.0);
                      }
                    }));
  }

  @Test
  void anExactAddressIsCertainAndAWrongCharacterIsNot() {
    GeocodeResult exact = geocoder.geocode("昌吉市北京南路13号");
    GeocodeResult wrong = geocoder.geocode("昌吉市北京楠路13号");
    assertThat(exact.confidence()).isEqualTo(1.0);
    assertThat(wrong.text()).isEqualTo(exact.text());
    assertThat(wrong.confidence()).isLessThan(exact.confidence());
  }

  @Test
  void anInterpolatedNumberLiesBetweenItsNeighbours() {
    GeocodeResult a = geocoder.geocode("北京南路13号");
    GeocodeResult b = geocoder.geocode("北京南路15号");
    GeocodeResult between = geocoder.geocode("北京南路13之9号");
    assertThat(a.level()).isEqualTo(MatchLevel.HOUSE_NUMBER);
    assertThat(b.level()).isEqualTo(MatchLevel.HOUSE_NUMBER);
    assertThat(between.level()).isEqualTo(MatchLevel.ROAD_INTERPOLATED);
    assertThat(between.lat()).isBetween(Math.min(a.lat(), b.lat()), Math.max(a.lat(), b.lat()));
    assertThat(between.lon()).isBetween(Math.min(a.lon(), b.lon()), Math.max(a.lon(), b.lon()));
  }

  @Test
  void reverseGeocodingFindsTheAddressAtAPoint() {
    GeocodeResult house = geocoder.geocode("昌吉市屯河路36号");
    Geocoder.ReverseResult r = geocoder.reverse(house.lon() + 0.00005, house.lat(), 200);
    assertThat(r.address().text()).isEqualTo("昌吉市屯河路36号");
    assertThat(r.addressMetres()).isBetween(3.0, 5.0);
    assertThat(r.road().name()).isEqualTo("屯河路");
    assertThat(geocoder.reverse(80.0, 40.0, 200).address()).isNull();
  }
}
