package org.civgis.gazetteer.address.geocode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civgis.gazetteer.address.AddressKind;
import org.civgis.gazetteer.address.AddressStatus;
import org.civgis.gazetteer.address.DivisionChain;
import org.civgis.gazetteer.address.HouseNumber;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.gazetteer.address.geocode.RegistryIndex.Division;
import org.civgis.gazetteer.address.geocode.RegistryIndex.DivisionLevel;
import org.civgis.gazetteer.address.geocode.RegistryIndex.Road;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/** The parser and geocoder over a small library drawn here: one street, two roads, one lane. */
class AddressParserTest {
  private static final GeometryFactory F = new GeometryFactory(new PrecisionModel(), 4490);
  private static final DivisionChain CHAIN =
      new DivisionChain("652301000000", "昌吉市", "652301003000", "北京南路街道", "652301003003", "文化宫社区");

  private static Point p(double x, double y) {
    return F.createPoint(new Coordinate(x, y));
  }

  private static final Road BEIJING =
      new Road(
          "652301-R00008",
          "北京南路",
          List.of(),
          "652301000000",
          F.createLineString(
              new Coordinate[] {new Coordinate(87.30, 44.00), new Coordinate(87.30, 44.02)}));
  private static final Road CHANGNING =
      new Road(
          "652301-R00011",
          "长宁路",
          List.of("红旗路"),
          "652301000000",
          F.createLineString(
              new Coordinate[] {new Coordinate(87.29, 44.01), new Coordinate(87.31, 44.01)}));
  private static final Road LANE =
      new Road(
          "652301-R00160",
          "北京南路一巷",
          List.of(),
          "652301000000",
          F.createLineString(
              new Coordinate[] {new Coordinate(87.30, 44.005), new Coordinate(87.31, 44.005)}));

  private static StandardAddress house(Road road, int n, String suffix, double y) {
    return new StandardAddress(
        n,
        1,
        "6523010030031" + String.format("%06d", n),
        AddressKind.HOUSE_NUMBER,
        CHAIN,
        road.code(),
        1,
        road.name(),
        new HouseNumber(n, suffix),
        null,
        null,
        null,
        null,
        null,
        p(87.2998, y),
        false,
        AddressStatus.CURRENT,
        null,
        null,
        null,
        "test");
  }

  private final Geocoder geocoder;

  AddressParserTest() {
    List<StandardAddress> addresses = new ArrayList<>();
    for (int n = 1; n <= 9; n += 2) {
      addresses.add(house(BEIJING, n, "", 44.0 + n * 0.001));
    }
    addresses.add(house(BEIJING, 3, "之1", 44.0035));
    addresses.add(house(CHANGNING, 2, "", 44.0099));
    addresses.add(house(LANE, 5, "", 44.0049));
    List<Division> divisions =
        List.of(
            new Division("652300000000", "昌吉回族自治州", DivisionLevel.PREFECTURE, p(89, 44)),
            new Division("652301000000", "昌吉市", DivisionLevel.COUNTY, p(87.3, 44.0)),
            new Division("652301003000", "北京南路街道", DivisionLevel.TOWNSHIP, null),
            new Division("652301003003", "文化宫社区", DivisionLevel.COMMUNITY, null),
            new Division("652325000000", "奇台县", DivisionLevel.COUNTY, p(89.6, 44.0)),
            new Division("652325100000", "奇台镇", DivisionLevel.TOWNSHIP, p(89.6, 44.0)));
    geocoder =
        new Geocoder(RegistryIndex.build(divisions, List.of(BEIJING, CHANGNING, LANE), addresses));
  }

  @Test
  void aStreetNamedAfterARoadIsTheStreetAndTheRoadIsNotBeijing() {
    GeocodeResult street = geocoder.geocode("北京南路街道");
    assertThat(street.level()).isEqualTo(MatchLevel.TOWNSHIP);
    GeocodeResult road = geocoder.geocode("北京南路街道北京南路3号");
    assertThat(road.level()).isEqualTo(MatchLevel.HOUSE_NUMBER);
    assertThat(road.text()).isEqualTo("昌吉市北京南路3号");
    assertThat(road.county()).isEqualTo("昌吉市");
  }

  @Test
  void theLongestRoadNameWinsAndLaneNumeralsAreRead() {
    assertThat(geocoder.geocode("北京南路一巷5号").road()).isEqualTo("北京南路一巷");
    assertThat(geocoder.geocode("北京南路1巷五号").text()).isEqualTo("昌吉市北京南路一巷5号");
  }

  @Test
  void suffixesFormerNamesAndAWrongCharacter() {
    assertThat(geocoder.geocode("北京南路3-1号").text()).isEqualTo("昌吉市北京南路3之1号");
    GeocodeResult former = geocoder.geocode("红旗路二号");
    assertThat(former.text()).isEqualTo("昌吉市长宁路2号");
    assertThat(former.confidence()).isEqualTo(0.95);
    GeocodeResult wrong = geocoder.geocode("北京男路7号");
    assertThat(wrong.text()).isEqualTo("昌吉市北京南路7号");
    assertThat(wrong.note()).contains("错一字");
  }

  @Test
  void aSuffixIsReadInEveryOrder() {
    for (String input :
        List.of("北京南路3号之1", "北京南路3号-1", "北京南路3之1号", "北京南路3附1号", "北京南路3号附1", "北京南路3-1号")) {
      GeocodeResult r = geocoder.geocode(input);
      assertThat(r.text()).as(input).isEqualTo("昌吉市北京南路3之1号");
      assertThat(r.level()).as(input).isEqualTo(MatchLevel.HOUSE_NUMBER);
    }
    // 5之1 is not registered: placed on the road, not answered as 5号
    GeocodeResult missing = geocoder.geocode("北京南路5号之1");
    assertThat(missing.level()).isEqualTo(MatchLevel.ROAD_INTERPOLATED);
    assertThat(missing.text()).isEqualTo("昌吉市北京南路5之1号");
  }

  @Test
  void aRoadWithAHomophoneTypoAndPinyinAreFound() {
    GeocodeResult sound = geocoder.geocode("北京楠路7号");
    assertThat(sound.text()).isEqualTo("昌吉市北京南路7号");
    assertThat(sound.confidence()).isEqualTo(0.9);
    assertThat(sound.note()).contains("音近");
    GeocodeResult shape = geocoder.geocode("北京库路7号");
    assertThat(shape.text()).isEqualTo("昌吉市北京南路7号");
    assertThat(shape.confidence()).isEqualTo(0.85);
  }

  @Test
  void anUnregisteredNumberIsInterpolatedBetweenItsNeighbours() {
    GeocodeResult r = geocoder.geocode("北京南路4号");
    // 4 is even: no even neighbour exists, so the road's middle
    assertThat(r.level()).isEqualTo(MatchLevel.ROAD_INTERPOLATED);
    GeocodeResult between = geocoder.geocode("北京南路5之2号");
    assertThat(between.level()).isEqualTo(MatchLevel.ROAD_INTERPOLATED);
    assertThat(between.lat()).isBetween(44.005, 44.007);
  }

  @Test
  void aNameThatIsBothACountyAndATownshipIsTheCounty() {
    assertThat(geocoder.geocode("奇台").level()).isEqualTo(MatchLevel.COUNTY);
    assertThat(geocoder.geocode("奇台县奇台").level()).isEqualTo(MatchLevel.TOWNSHIP);
  }

  @Test
  void nothingKnownIsNone() {
    assertThat(geocoder.geocode("北京市朝阳区北京南路3号").level()).isEqualTo(MatchLevel.NONE);
    assertThat(geocoder.geocode("新疆昌吉北京南路3号").level()).isEqualTo(MatchLevel.HOUSE_NUMBER);
    GeocodeResult r = geocoder.geocode("北京市朝阳区建国路");
    assertThat(r.level()).isEqualTo(MatchLevel.NONE);
    assertThat(r.text()).isNull();
  }
}
