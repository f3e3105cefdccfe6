package org.civgis.gazetteer.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civgis.gazetteer.demand.DemandKind;
import org.civgis.gazetteer.demand.DemandPoint;
import org.civgis.gazetteer.facility.Facility;
import org.civgis.gazetteer.facility.FacilityOperator;
import org.civgis.gazetteer.facility.FacilityStatus;
import org.civgis.gazetteer.facility.FacilityType;
import org.civgis.geo.crs.Srid;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The indicators on a small prefecture: county 652301 with two streets (001, 002) and a town (101),
 * county 652302 with one town (101); three communities in street 001, one in street 002.
 */
class PlanIndicatorsTest {
  static final IndicatorArea PREFECTURE =
      new IndicatorArea("652300000000", "州", "PREFECTURE", false);
  static final IndicatorArea A = new IndicatorArea("652301000000", "甲市", "COUNTY", false);
  static final IndicatorArea B = new IndicatorArea("652302000000", "乙市", "COUNTY", false);
  static final IndicatorArea S1 = new IndicatorArea("652301001000", "一街道", "TOWNSHIP", true);
  static final IndicatorArea S2 = new IndicatorArea("652301002000", "二街道", "TOWNSHIP", true);
  static final IndicatorArea T1 = new IndicatorArea("652301101000", "甲镇", "TOWNSHIP", false);
  static final IndicatorArea T2 = new IndicatorArea("652302101000", "乙镇", "TOWNSHIP", false);

  static Point at() {
    Point p = new GeometryFactory().createPoint(new Coordinate(87.28, 44.02));
    p.setSRID(Srid.CGCS2000);
    return p;
  }

  static Facility facility(
      FacilityType type, String division, Integer beds, Integer nursing, FacilityStatus status) {
    return new Facility(
        0,
        0,
        type.name(),
        type,
        null,
        null,
        beds,
        nursing,
        FacilityOperator.PUBLIC,
        null,
        status,
        division,
        at(),
        false,
        "t");
  }

  static DemandPoint community(String code, int elderly) {
    return new DemandPoint(
        0,
        DemandKind.COMMUNITY,
        code,
        code,
        code,
        elderly * 7,
        elderly,
        elderly / 10,
        true,
        null,
        at(),
        true,
        "t");
  }

  static final List<Facility> FACILITIES =
      List.of(
          facility(
              FacilityType.COMPREHENSIVE_ELDER_CARE_CENTRE,
              "652301001001",
              50,
              30,
              FacilityStatus.OPERATING),
          // planned: does not count
          facility(
              FacilityType.COMPREHENSIVE_ELDER_CARE_CENTRE,
              "652301002001",
              50,
              50,
              FacilityStatus.PLANNED),
          facility(
              FacilityType.COMMUNITY_DAY_CARE, "652301001001", 10, null, FacilityStatus.OPERATING),
          facility(
              FacilityType.COMMUNITY_DAY_CARE, "652301001002", 10, null, FacilityStatus.OPERATING),
          facility(
              FacilityType.ELDER_CARE_INSTITUTION,
              "652302101001",
              200,
              100,
              FacilityStatus.OPERATING),
          facility(
              FacilityType.SUPPORT_INSTITUTION, "652302101001", 40, 10, FacilityStatus.OPERATING),
          facility(
              FacilityType.SOCIAL_WORK_STATION,
              "652301101000",
              null,
              null,
              FacilityStatus.OPERATING));

  static final List<DemandPoint> DEMAND =
      List.of(
          community("652301001001", 1000),
          community("652301001002", 500),
          community("652301001003", 500),
          community("652301002001", 1000));

  static PlanIndicators.Inputs inputs(CoverageFacts coverage) {
    return new PlanIndicators.Inputs(
        PREFECTURE,
        List.of(A, B),
        List.of(S1, S2, T1, T2),
        FACILITIES,
        DEMAND,
        Map.of("652301", 10_000L, "652302", 5_000L),
        coverage);
  }

  static IndicatorValue find(
      List<IndicatorValue> values, PlanIndicator indicator, IndicatorArea area) {
    return values.stream()
        .filter(v -> v.indicator() == indicator && v.area().equals(area))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void streetsWithAComprehensiveCentreCountOnlyOperatingOnes() {
    List<IndicatorValue> v = PlanIndicators.compute(inputs(null));
    assertThat(find(v, PlanIndicator.STREET_CENTRE_COVERAGE, A).value()).isEqualTo(50.0);
    assertThat(find(v, PlanIndicator.STREET_CENTRE_COVERAGE, A).meetsTarget()).isFalse();
    assertThat(find(v, PlanIndicator.STREET_CENTRE_COVERAGE, S1).value()).isEqualTo(100.0);
    // county B has no streets: not answerable, not zero
    assertThat(find(v, PlanIndicator.STREET_CENTRE_COVERAGE, B).value()).isNull();
    // towns are not streets: no street-centre row for them
    assertThat(v)
        .noneMatch(
            x -> x.indicator() == PlanIndicator.STREET_CENTRE_COVERAGE && x.area().equals(T1));
    // townships and streets together: 1 of 4 in the prefecture
    assertThat(find(v, PlanIndicator.TOWNSHIP_CENTRE_COVERAGE, PREFECTURE).value()).isEqualTo(25.0);
  }

  @Test
  void dayCarePresenceAndBedsAndNursingShare() {
    List<IndicatorValue> v = PlanIndicators.compute(inputs(null));
    IndicatorValue presence = find(v, PlanIndicator.COMMUNITY_DAY_CARE_PRESENCE, S1);
    assertThat(presence.numerator()).isEqualTo(2.0);
    assertThat(presence.denominator()).isEqualTo(3.0);
    assertThat(presence.value()).isEqualTo(66.67);
    // county A: 50 + 10 + 10 operating elder-care beds for 10,000 elderly = 7 per 1000
    assertThat(find(v, PlanIndicator.BEDS_PER_1000_ELDERLY, A).value()).isEqualTo(7.0);
    // prefecture: 310 beds for 15,000 elderly
    assertThat(find(v, PlanIndicator.BEDS_PER_1000_ELDERLY, PREFECTURE).value()).isEqualTo(20.67);
    // street 001: 70 beds for its communities' 2,000 elderly
    assertThat(find(v, PlanIndicator.BEDS_PER_1000_ELDERLY, S1).value()).isEqualTo(35.0);
    assertThat(find(v, PlanIndicator.BEDS_PER_1000_ELDERLY, T2).value()).isNull();
    // institutions only: (100 + 10) / (200 + 40)
    assertThat(find(v, PlanIndicator.NURSING_BED_SHARE, B).value()).isEqualTo(45.83);
    assertThat(find(v, PlanIndicator.SUPPORT_INSTITUTIONS, B).meetsTarget()).isTrue();
    assertThat(find(v, PlanIndicator.SUPPORT_INSTITUTIONS, A).meetsTarget()).isFalse();
    assertThat(find(v, PlanIndicator.SUPPORT_INSTITUTIONS, PREFECTURE).meetsTarget()).isFalse();
    assertThat(find(v, PlanIndicator.SOCIAL_WORK_STATION_COVERAGE, T1).value()).isEqualTo(100.0);
  }

  @Test
  void coverageIndicatorsWaitForARunAndThenCountCoveredCommunitiesAndElderly() {
    assertThat(find(PlanIndicators.compute(inputs(null)), PlanIndicator.COVERED_ELDERLY, A).value())
        .isNull();
    CoverageFacts run =
        new CoverageFacts(
            Set.of(FacilityType.COMMUNITY_DAY_CARE), 15, Set.of("652301001001", "652301001003"));
    List<IndicatorValue> v = PlanIndicators.compute(inputs(run));
    assertThat(find(v, PlanIndicator.COVERED_COMMUNITIES, A).value()).isEqualTo(50.0);
    // 1,500 of 3,000 elderly
    assertThat(find(v, PlanIndicator.COVERED_ELDERLY, A).value()).isEqualTo(50.0);
    assertThat(find(v, PlanIndicator.COVERED_ELDERLY, S2).value()).isEqualTo(0.0);
    assertThat(find(v, PlanIndicator.COVERED_ELDERLY, S2).meetsTarget()).isFalse();
    assertThat(find(v, PlanIndicator.COVERED_COMMUNITIES, A).note()).contains("社区日间照料中心", "15 分钟");
  }
}
