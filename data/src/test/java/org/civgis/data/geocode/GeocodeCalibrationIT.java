package org.civgis.data.geocode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.gazetteer.address.AddressRepository;
import org.civgis.gazetteer.address.geocode.Geocoder;
import org.civgis.gazetteer.address.geocode.MatchLevel;
import org.civgis.gazetteer.address.geocode.RegistryLoader;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the confidence means: on the evaluation set ({@code geocode/eval.tsv}, written before the
 * geocoder was tuned on it), on the held-out set ({@code geocode/heldout.tsv}, written after that
 * tuning with other variations, and first run on the geocoder unchanged) and on the 174 acceptance
 * cases, at least 99 % of the answers at 0.8 or more are right, and no address outside the registry
 * gets a match. Prints the calibration table of BENCHMARKS.md and the held-out set by category.
 */
@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeocodeCalibrationIT {
  private GeocodeCalibration.Run evaluation;
  private GeocodeCalibration.Run known;
  private GeocodeCalibration.Run heldOut;

  @BeforeAll
  void load(TestDatabase database) {
    DataSource dataSource = database.dataSource();
    new DemoLoader(dataSource).load(ChangjiDataset.read(DataFiles.classpath()));
    JdbcClient jdbc = JdbcClient.create(dataSource);
    Geocoder geocoder =
        new Geocoder(
            new RegistryLoader(jdbc, new AddressRepository(jdbc, new JdbcTemplate(dataSource)))
                .load());
    evaluation =
        GeocodeCalibration.run(
            "new set (" + GeocodeCases.read("/geocode/eval.tsv").size() + ")",
            GeocodeCases.read("/geocode/eval.tsv"),
            geocoder);
    known = GeocodeCalibration.run("174 known cases", GeocodeCases.read(), geocoder);
    List<GeocodeCases> heldOutCases = GeocodeCases.read("/geocode/heldout.tsv");
    heldOut =
        GeocodeCalibration.run(
            "held-out set (" + heldOutCases.size() + ")", heldOutCases, geocoder);
    System.out.println(GeocodeCalibration.table(evaluation, heldOut, known));
    System.out.println(GeocodeCalibration.byCategory(heldOut));
    java.util.stream.Stream.concat(evaluation.wrong().stream(), heldOut.wrong().stream())
        .sorted((a, b) -> Double.compare(b.result().confidence(), a.result().confidence()))
        .forEach(
            a ->
                System.out.printf(
                    "wrong %.2f %s %s → %s %s (%s)%n",
                    a.result().confidence(),
                    a.expected().category(),
                    a.expected().input(),
                    a.result().level(),
                    a.result().text(),
                    a.result().note()));
  }

  @Test
  void theEvaluationSetIsLargeAndVaried() {
    List<GeocodeCases> cases = evaluation.answers().stream().map(a -> a.expected()).toList();
    long outside = cases.stream().filter(c -> c.level().equals("NONE")).count();
    assertThat(cases.size() - outside).isGreaterThanOrEqualTo(400);
    assertThat(outside).isGreaterThanOrEqualTo(100);
    assertThat(cases.stream().map(GeocodeCases::category).collect(Collectors.toSet()))
        .contains(
            "sound typo",
            "shape typo",
            "missing parts",
            "suffix",
            "pinyin or English",
            "community and number",
            "outside");
    assertThat(cases.stream().filter(c -> c.input().contains("新疆") && c.level().equals("NONE")))
        .hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void theHeldOutSetIsLargeNewAndVaried() {
    List<GeocodeCases> cases = heldOut.answers().stream().map(a -> a.expected()).toList();
    long outside = cases.stream().filter(c -> c.level().equals("NONE")).count();
    assertThat(cases.size() - outside).isGreaterThanOrEqualTo(400);
    assertThat(outside).isGreaterThanOrEqualTo(100);
    java.util.Set<String> first =
        GeocodeCases.read("/geocode/eval.tsv").stream()
            .map(GeocodeCases::input)
            .collect(Collectors.toSet());
    assertThat(cases).noneMatch(c -> first.contains(c.input()));
    assertThat(cases.stream().map(GeocodeCases::category).collect(Collectors.toSet()))
        .contains(
            "full-width",
            "spaces and punctuation",
            "building forms",
            "typo elsewhere",
            "reordered parts",
            "missing district",
            "outside district");
  }

  @Test
  void atLeast99PercentOfTheTrustedAnswersAreRight() {
    for (GeocodeCalibration.Run run : List.of(evaluation, heldOut, known)) {
      List<GeocodeCalibration.Answer> trusted = run.trusted();
      long right = trusted.stream().filter(GeocodeCalibration.Answer::right).count();
      assertThat(right)
          .as(
              run.name()
                  + ": wrong at ≥ 0.8: "
                  + trusted.stream()
                      .filter(a -> !a.right())
                      .map(a -> a.expected().input() + " → " + a.result().text())
                      .toList())
          .isGreaterThanOrEqualTo((long) Math.ceil(0.99 * trusted.size()));
    }
  }

  @Test
  void mostOfTheNewSetIsAnsweredConfidently() {
    // a geocoder that answered everything below 0.8 would pass the test above
    assertThat(evaluation.trusted().size())
        .isGreaterThanOrEqualTo(evaluation.answers().size() * 3 / 4);
    assertThat(known.trusted().size()).isGreaterThanOrEqualTo(known.answers().size() * 3 / 4);
  }

  @Test
  void noAddressOutsideTheRegistryGetsAMatch() {
    for (GeocodeCalibration.Run run : List.of(evaluation, heldOut)) {
      assertThat(run.outsideMatched())
          .as(run.name() + ": outside the registry but matched")
          .extracting(a -> a.expected().input() + " → " + a.result().text())
          .isEmpty();
      EnumSet<MatchLevel> exact =
          EnumSet.of(MatchLevel.HOUSE_NUMBER, MatchLevel.BUILDING, MatchLevel.UNIT_ROOM);
      assertThat(
              run.answers().stream()
                  .filter(a -> a.expected().level().equals("NONE"))
                  .filter(a -> exact.contains(a.result().level())))
          .isEmpty();
    }
  }

  @Test
  void theKnownCasesStayRight() {
    assertThat(known.wrong())
        .extracting(a -> a.expected().input() + " → " + a.result().text())
        .isEmpty();
  }
}
