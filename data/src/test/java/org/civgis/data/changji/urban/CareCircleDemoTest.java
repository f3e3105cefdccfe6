package org.civgis.data.changji.urban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.gazetteer.demand.DemandKind;
import org.civgis.gazetteer.demand.DemandPoint;
import org.civgis.gazetteer.facility.Facility;
import org.civgis.gazetteer.facility.FacilityCheck;
import org.civgis.gazetteer.facility.FacilityStatus;
import org.civgis.gazetteer.facility.FacilityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;

/** The generated facilities and demand of urban 昌吉市. */
class CareCircleDemoTest {
  static ChangjiDataset dataset;
  static CareCircleDemo demo;

  @BeforeAll
  static void generate() {
    dataset = ChangjiDataset.read(DataFiles.classpath());
    demo = dataset.careCircle();
  }

  @Test
  void sameDataOnEveryRun() {
    assertThat(ChangjiDataset.read(DataFiles.classpath()).careCircle().checksum())
        .isEqualTo(demo.checksum());
  }

  @Test
  void everyCommunityOfTheSixStreetsHasOneDemandPointInsideItsPolygon() {
    Map<String, MultiPolygon> polygons = dataset.urban().polygons();
    List<DemandPoint> communities =
        demo.demand().stream().filter(d -> d.kind() == DemandKind.COMMUNITY).toList();
    assertThat(communities).hasSize(74);
    for (DemandPoint c : communities) {
      assertThat(polygons.get(c.code()).covers(c.point())).as(c.name()).isTrue();
      assertThat(c.estimated()).isTrue();
      assertThat(c.estimateNote()).contains("估算", "示意");
      assertThat(c.pointGenerated()).isTrue();
      assertThat(c.source()).isEqualTo(ChangjiUrban.SOURCE);
    }
    assertThat(demo.demand().stream().filter(d -> d.kind() == DemandKind.RESIDENTIAL_COMPOUND))
        .hasSize(60);
  }

  @Test
  void countsAreEstimatedFromTheCensusAndCompoundsFitInTheirCommunity() {
    long residents =
        demo.demand().stream()
            .filter(d -> d.kind() == DemandKind.COMMUNITY)
            .mapToLong(DemandPoint::population)
            .sum();
    // 607,441 residents × 74.28 % urban, shared with ±25 % noise
    assertThat(residents).isBetween(400_000L, 500_000L);
    Map<String, Integer> compoundResidents =
        demo.demand().stream()
            .filter(d -> d.kind() == DemandKind.RESIDENTIAL_COMPOUND)
            .collect(
                Collectors.groupingBy(
                    DemandPoint::divisionCode, Collectors.summingInt(DemandPoint::population)));
    for (DemandPoint c : demo.demand()) {
      if (c.kind() == DemandKind.COMMUNITY) {
        assertThat(c.population())
            .isGreaterThanOrEqualTo(compoundResidents.getOrDefault(c.code(), 0));
        // 60+ share of 昌吉市 in 2020: 14.4 %
        assertThat((double) c.population60Plus() / c.population()).isBetween(0.14, 0.15);
      }
    }
  }

  @Test
  void facilitiesPassTheRegistryRulesAndLieInTheirCommunity() {
    Map<String, MultiPolygon> polygons = dataset.urban().polygons();
    for (Facility f : demo.facilities()) {
      assertThat(FacilityCheck.problems(f, ChangjiUrban.DEMO_DAY)).as(f.name()).isEmpty();
      assertThat(polygons.get(f.divisionCode()).covers(f.point())).as(f.name()).isTrue();
      assertThat(f.address()).startsWith("昌吉市");
      assertThat(f.pointGenerated()).isTrue();
    }
    Set<String> streetsWithCentre =
        demo.facilities().stream()
            .filter(f -> f.type() == FacilityType.COMPREHENSIVE_ELDER_CARE_CENTRE)
            .filter(f -> f.status() == FacilityStatus.OPERATING)
            .map(Facility::townshipCode9)
            .collect(Collectors.toSet());
    assertThat(streetsWithCentre).hasSize(5);
    long dayCare =
        demo.facilities().stream()
            .filter(
                f ->
                    f.type() == FacilityType.COMMUNITY_DAY_CARE
                        && f.status() == FacilityStatus.OPERATING)
            .count();
    assertThat(dayCare).isBetween(35L, 60L);
    assertThat(demo.facilities()).anyMatch(f -> f.type() == FacilityType.SUPPORT_INSTITUTION);
  }
}
