package org.civgis.data.changji.urban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.gazetteer.address.AddressKind;
import org.civgis.gazetteer.address.AddressStatus;
import org.civgis.gazetteer.address.RoadLine;
import org.civgis.gazetteer.address.RoadSide;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.gazetteer.sign.SignType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

class ChangjiUrbanTest {
  static ChangjiDataset dataset;
  static ChangjiUrban urban;

  @BeforeAll
  static void generate() {
    dataset = ChangjiDataset.read(DataFiles.classpath());
    urban = dataset.urban();
  }

  // ---- divisions

  @Test
  void everyUrbanStreetAndCommunityHasOnePolygonInsideTheCounty() {
    assertThat(urban.polygons()).hasSize(6 + 74);
    for (Map.Entry<String, MultiPolygon> e : urban.polygons().entrySet()) {
      assertThat(e.getValue().isValid()).as(e.getKey()).isTrue();
      assertThat(e.getValue().getNumGeometries()).as(e.getKey() + " is one polygon").isEqualTo(1);
      assertThat(e.getValue().getSRID()).isEqualTo(4490);
    }
  }

  @Test
  void streetsAndCommunitiesAreCleanCoverages() {
    List<Geometry> streets = new ArrayList<>();
    Map<String, List<Geometry>> communities = new HashMap<>();
    urban
        .polygons()
        .forEach(
            (code, polygon) -> {
              if (code.endsWith("000")) {
                streets.add(polygon);
              } else {
                communities
                    .computeIfAbsent(code.substring(0, 9) + "000", k -> new ArrayList<>())
                    .add(polygon);
              }
            });
    assertThat(CoverageValidator.isValid(streets.toArray(Geometry[]::new))).isTrue();
    for (Map.Entry<String, List<Geometry>> e : communities.entrySet()) {
      Geometry[] parts = e.getValue().toArray(Geometry[]::new);
      assertThat(CoverageValidator.isValid(parts)).as(e.getKey()).isTrue();
      Geometry union = org.locationtech.jts.coverage.CoverageUnion.union(parts);
      assertThat(union.getArea())
          .as("communities of " + e.getKey() + " fill it")
          .isCloseTo(
              urban.polygons().get(e.getKey()).getArea(),
              org.assertj.core.data.Offset.offset(1e-12));
    }
  }

  // ---- roads

  @Test
  void roadsHaveLocalNamesAndSomeWereRenamed() {
    List<String> names = urban.roads().stream().map(UrbanRoad::name).toList();
    assertThat(names)
        .contains("北京南路", "延安北路", "宁边路", "建国路", "长宁路", "屯河路", "昌吉东路", "西街")
        .doesNotHaveDuplicates()
        .allMatch(n -> n.endsWith("路") || n.endsWith("街") || n.endsWith("巷"));
    assertThat(names.stream().filter(n -> n.matches(".+路[一二三四五六七八九十]+巷"))).hasSizeGreaterThan(100);
    assertThat(urban.roads().stream().filter(UrbanRoad::renamed).map(UrbanRoad::formerName))
        .hasSize(8)
        .contains("红旗路", "工业路");
    // a renamed numbered lane leaves a gap in the numbering of its road
    for (UrbanRoad r : urban.roads()) {
      if (r.renamed() && r.roadClass() == RoadClass.LANE) {
        assertThat(names).as(r.formerName()).doesNotContain(r.formerName());
      }
    }
  }

  // ---- addresses

  @Test
  void houseNumbersAreOddOnTheLeftAndIncreaseFromTheStart() {
    Map<String, List<StandardAddress>> byRoad = new HashMap<>();
    for (GeneratedAddress g : urban.addresses()) {
      StandardAddress a = g.address();
      if (a.kind() == AddressKind.HOUSE_NUMBER && a.status() == AddressStatus.CURRENT) {
        byRoad.computeIfAbsent(a.roadCode(), k -> new ArrayList<>()).add(a);
      }
    }
    for (UrbanRoad road : urban.roads()) {
      RoadLine line = new RoadLine(road.line());
      List<StandardAddress> on = byRoad.getOrDefault(road.code(), List.of());
      for (RoadSide side : RoadSide.values()) {
        double lastMeasure = -1;
        int lastValue = 0;
        List<StandardAddress> sorted =
            on.stream()
                .filter(a -> RoadSide.of(a.houseNumber()) == side)
                .sorted(
                    java.util.Comparator.comparing(
                        StandardAddress::houseNumber,
                        org.civgis.gazetteer.address.HouseNumber.ALONG_THE_ROAD))
                .toList();
        for (StandardAddress a : sorted) {
          RoadLine.Position p = line.locate(a.point());
          assertThat(p.side()).as(a.text()).isEqualTo(side);
          assertThat(p.measureMeters()).as(a.text()).isGreaterThan(lastMeasure);
          assertThat(a.houseNumber().value()).isGreaterThanOrEqualTo(lastValue);
          lastMeasure = p.measureMeters();
          lastValue = a.houseNumber().value();
        }
      }
    }
  }

  @Test
  void addressesAreUniqueOnTheirRoadAndLieInTheirCommunity() {
    Set<String> unique = new HashSet<>();
    Set<String> codes = new HashSet<>();
    Set<String> suffixForms = new HashSet<>();
    for (GeneratedAddress g : urban.addresses()) {
      StandardAddress a = g.address();
      if (a.status() != AddressStatus.CURRENT) {
        continue;
      }
      assertThat(
              unique.add(a.roadCode() + a.houseNumber().key() + a.building() + a.unit() + a.room()))
          .as(a.text())
          .isTrue();
      assertThat(codes.add(a.code())).as(a.code()).isTrue();
      assertThat(a.code()).startsWith(a.divisions().communityCode());
      if (a.kind() == AddressKind.HOUSE_NUMBER) {
        assertThat(urban.polygons().get(a.divisions().communityCode()).covers(a.point()))
            .as(a.text())
            .isTrue();
      }
      if (!a.houseNumber().suffix().isEmpty()) {
        suffixForms.add(a.houseNumber().suffix().substring(0, 1));
      }
    }
    assertThat(suffixForms).containsExactlyInAnyOrder("之", "-", "附");
    assertThat(urban.addresses().stream().map(g -> g.address().compoundName()).distinct())
        .hasSize(UrbanLayout.COMPOUND_NAMES.size() + 1);
  }

  @Test
  void addressesOnARenamedRoadKeepTheirFormerVersion() {
    for (int i = 0; i < urban.addresses().size(); i++) {
      GeneratedAddress g = urban.addresses().get(i);
      UrbanRoad road = urban.roads().get(g.road());
      if (!road.renamed()) {
        assertThat(g.supersedes()).isEqualTo(-1);
        continue;
      }
      if (g.onFormerName()) {
        assertThat(g.address().status()).isEqualTo(AddressStatus.SUPERSEDED);
        assertThat(g.address().roadName()).isEqualTo(road.formerName());
        assertThat(g.address().validTo()).isEqualTo(road.renamedOn());
      } else {
        StandardAddress former = urban.addresses().get(g.supersedes()).address();
        assertThat(former.code()).isEqualTo(g.address().code());
        assertThat(g.address().validFrom()).isEqualTo(road.renamedOn());
      }
    }
  }

  // ---- signs

  @Test
  void signsOfEveryTypeSomeShowingTheFormerName() {
    Set<SignType> types = new HashSet<>();
    long former = 0;
    Set<String> formerNames = new HashSet<>();
    urban.roads().stream().filter(UrbanRoad::renamed).forEach(r -> formerNames.add(r.formerName()));
    for (GeneratedSign s : urban.signs()) {
      types.add(s.sign().type());
      if (formerNames.contains(s.sign().installedText())) {
        former++;
      }
    }
    assertThat(types).containsExactlyInAnyOrder(SignType.values());
    assertThat(former).isPositive();
  }

  @Test
  void theSameDataOnEveryRun() {
    ChangjiUrban again = ChangjiUrban.generate(dataset.divisions());
    assertThat(again.checksum()).isEqualTo(urban.checksum());
    assertThat(again.osmXml()).isEqualTo(urban.osmXml());
  }
}
