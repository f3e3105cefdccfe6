package org.civgis.gazetteer.indicator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.civgis.gazetteer.demand.DemandKind;
import org.civgis.gazetteer.demand.DemandPoint;
import org.civgis.gazetteer.facility.Facility;
import org.civgis.gazetteer.facility.FacilityStatus;
import org.civgis.gazetteer.facility.FacilityType;

/**
 * Computes the plan's indicators ({@link PlanIndicator}) per prefecture, county and township or
 * street from the facility registry, the demand and, for the coverage indicators, a coverage run.
 *
 * <ol>
 *   <li>Only OPERATING facilities count; a facility belongs to the township and county its division
 *       code starts with.
 *   <li>Communities are the demand points of kind COMMUNITY (compounds are parts of them).
 *   <li>Elderly per county and prefecture come from the census ({@code countyElderly}); per
 *       township, from the communities' (estimated) counts, or none when it has no communities.
 *   <li>A value the data cannot answer is {@code null} with a note saying why, never 0.
 * </ol>
 */
public final class PlanIndicators {
  private static final Set<FacilityType> INSTITUTIONS =
      EnumSet.of(FacilityType.ELDER_CARE_INSTITUTION, FacilityType.SUPPORT_INSTITUTION);

  /**
   * The inputs.
   *
   * @param prefecture the prefecture
   * @param counties its counties
   * @param townships its townships and streets
   * @param facilities the registry
   * @param demand the demand points
   * @param countyElderly residents aged 60+ per 6-digit county code (census)
   * @param coverage the coverage run, or {@code null} when none was run
   */
  public record Inputs(
      IndicatorArea prefecture,
      List<IndicatorArea> counties,
      List<IndicatorArea> townships,
      List<Facility> facilities,
      List<DemandPoint> demand,
      Map<String, Long> countyElderly,
      CoverageFacts coverage) {}

  private final Inputs in;
  private final List<Facility> operating;
  private final List<DemandPoint> communities;

  private PlanIndicators(Inputs in) {
    this.in = in;
    this.operating =
        in.facilities().stream().filter(f -> f.status() == FacilityStatus.OPERATING).toList();
    this.communities = in.demand().stream().filter(d -> d.kind() == DemandKind.COMMUNITY).toList();
  }

  /** Every indicator for every area: the prefecture, then each county, then each township. */
  public static List<IndicatorValue> compute(Inputs inputs) {
    PlanIndicators p = new PlanIndicators(inputs);
    List<IndicatorValue> values = new ArrayList<>();
    List<IndicatorArea> areas = new ArrayList<>();
    areas.add(inputs.prefecture());
    areas.addAll(inputs.counties());
    areas.addAll(inputs.townships());
    for (PlanIndicator indicator : PlanIndicator.values()) {
      for (IndicatorArea area : areas) {
        if (area.level().equals("TOWNSHIP") && !indicator.perTownship()) {
          continue;
        }
        if (indicator == PlanIndicator.STREET_CENTRE_COVERAGE
            && area.level().equals("TOWNSHIP")
            && !area.street()) {
          continue;
        }
        values.add(p.value(indicator, area));
      }
    }
    return values;
  }

  private IndicatorValue value(PlanIndicator indicator, IndicatorArea area) {
    return switch (indicator) {
      case STREET_CENTRE_COVERAGE ->
          townshipsWith(
              indicator, area, IndicatorArea::street, FacilityType.COMPREHENSIVE_ELDER_CARE_CENTRE);
      case TOWNSHIP_CENTRE_COVERAGE ->
          townshipsWith(indicator, area, t -> true, FacilityType.COMPREHENSIVE_ELDER_CARE_CENTRE);
      case SOCIAL_WORK_STATION_COVERAGE ->
          townshipsWith(indicator, area, t -> true, FacilityType.SOCIAL_WORK_STATION);
      case CHILD_PROTECTION_STATION_COVERAGE ->
          townshipsWith(indicator, area, t -> true, FacilityType.CHILD_PROTECTION_STATION);
      case COMMUNITY_DAY_CARE_PRESENCE -> dayCarePresence(area);
      case COVERED_COMMUNITIES -> coveredCommunities(area);
      case COVERED_ELDERLY -> coveredElderly(area);
      case BEDS_PER_1000_ELDERLY -> bedsPerThousand(area);
      case NURSING_BED_SHARE -> nursingShare(area);
      case SUPPORT_INSTITUTIONS -> perCounty(indicator, area, FacilityType.SUPPORT_INSTITUTION);
      case PUBLIC_CEMETERIES -> perCounty(indicator, area, FacilityType.PUBLIC_CEMETERY);
    };
  }

  /**
   * The share of the area's townships (those {@code scope} accepts) with a facility of {@code
   * type}.
   */
  private IndicatorValue townshipsWith(
      PlanIndicator indicator,
      IndicatorArea area,
      Predicate<IndicatorArea> scope,
      FacilityType type) {
    Set<String> withFacility = new HashSet<>();
    for (Facility f : operating) {
      if (f.type() == type) {
        withFacility.add(f.townshipCode9());
      }
    }
    int total = 0;
    int with = 0;
    for (IndicatorArea t : in.townships()) {
      if (scope.test(t) && t.code().startsWith(area.prefix())) {
        total++;
        if (withFacility.contains(t.code().substring(0, 9))) {
          with++;
        }
      }
    }
    return IndicatorValue.of(indicator, area, with, total, total == 0 ? "辖区内无对应乡镇（街道）" : null);
  }

  private IndicatorValue dayCarePresence(IndicatorArea area) {
    Set<String> withDayCare = new HashSet<>();
    for (Facility f : operating) {
      if (f.type() == FacilityType.COMMUNITY_DAY_CARE) {
        withDayCare.add(f.divisionCode());
      }
    }
    List<DemandPoint> scope = communitiesIn(area);
    long with = scope.stream().filter(c -> withDayCare.contains(c.divisionCode())).count();
    return IndicatorValue.of(
        PlanIndicator.COMMUNITY_DAY_CARE_PRESENCE,
        area,
        with,
        scope.size(),
        scope.isEmpty() ? "无社区需求数据" : null);
  }

  private IndicatorValue coveredCommunities(IndicatorArea area) {
    if (in.coverage() == null) {
      return IndicatorValue.none(PlanIndicator.COVERED_COMMUNITIES, area, "须先运行服务圈分析");
    }
    List<DemandPoint> scope = communitiesIn(area);
    long covered =
        scope.stream().filter(c -> in.coverage().coveredDemandCodes().contains(c.code())).count();
    return IndicatorValue.of(
        PlanIndicator.COVERED_COMMUNITIES,
        area,
        covered,
        scope.size(),
        scope.isEmpty() ? "无社区需求数据" : in.coverage().describe());
  }

  private IndicatorValue coveredElderly(IndicatorArea area) {
    if (in.coverage() == null) {
      return IndicatorValue.none(PlanIndicator.COVERED_ELDERLY, area, "须先运行服务圈分析");
    }
    List<DemandPoint> scope = communitiesIn(area);
    long elderly = 0;
    long covered = 0;
    for (DemandPoint c : scope) {
      elderly += c.population60Plus();
      if (in.coverage().coveredDemandCodes().contains(c.code())) {
        covered += c.population60Plus();
      }
    }
    return IndicatorValue.of(
        PlanIndicator.COVERED_ELDERLY,
        area,
        covered,
        elderly,
        scope.isEmpty() ? "无社区需求数据" : in.coverage().describe() + "；老年人口为估算");
  }

  private IndicatorValue bedsPerThousand(IndicatorArea area) {
    long beds = 0;
    for (Facility f : operating) {
      if (f.type().elderCare() && f.beds() != null && f.divisionCode().startsWith(area.prefix())) {
        beds += f.beds();
      }
    }
    if (area.level().equals("TOWNSHIP")) {
      List<DemandPoint> scope = communitiesIn(area);
      if (scope.isEmpty()) {
        return IndicatorValue.none(PlanIndicator.BEDS_PER_1000_ELDERLY, area, "无该乡镇（街道）老年人口数据");
      }
      long elderly = scope.stream().mapToLong(DemandPoint::population60Plus).sum();
      return IndicatorValue.of(
          PlanIndicator.BEDS_PER_1000_ELDERLY, area, beds, elderly, "老年人口为社区估算之和");
    }
    long elderly = 0;
    boolean known = false;
    for (Map.Entry<String, Long> e : in.countyElderly().entrySet()) {
      if (e.getKey().startsWith(area.prefix().substring(0, Math.min(area.prefix().length(), 6)))) {
        elderly += e.getValue();
        known = true;
      }
    }
    if (!known) {
      return IndicatorValue.none(PlanIndicator.BEDS_PER_1000_ELDERLY, area, "无该县老年人口（普查）数据");
    }
    return IndicatorValue.of(
        PlanIndicator.BEDS_PER_1000_ELDERLY, area, beds, elderly, "老年人口：2020 年普查常住人口 × 60 岁以上比例");
  }

  private IndicatorValue nursingShare(IndicatorArea area) {
    long beds = 0;
    long nursing = 0;
    for (Facility f : operating) {
      if (INSTITUTIONS.contains(f.type())
          && f.beds() != null
          && f.divisionCode().startsWith(area.prefix())) {
        beds += f.beds();
        nursing += f.nursingBeds() == null ? 0 : f.nursingBeds();
      }
    }
    return IndicatorValue.of(
        PlanIndicator.NURSING_BED_SHARE, area, nursing, beds, beds == 0 ? "辖区内无养老机构床位" : null);
  }

  private IndicatorValue perCounty(PlanIndicator indicator, IndicatorArea area, FacilityType type) {
    long count =
        operating.stream()
            .filter(f -> f.type() == type && f.divisionCode().startsWith(area.prefix()))
            .count();
    if (area.level().equals("PREFECTURE")) {
      // the prefecture meets it when every county does
      long countiesWith =
          in.counties().stream()
              .filter(
                  c ->
                      operating.stream()
                          .anyMatch(
                              f -> f.type() == type && f.divisionCode().startsWith(c.prefix())))
              .count();
      return new IndicatorValue(
          indicator,
          area,
          (double) count,
          null,
          (double) count,
          countiesWith == in.counties().size(),
          countiesWith + "/" + in.counties().size() + " 个县（市）达标");
    }
    return IndicatorValue.of(indicator, area, count, 1, null);
  }

  private List<DemandPoint> communitiesIn(IndicatorArea area) {
    return communities.stream().filter(c -> c.divisionCode().startsWith(area.prefix())).toList();
  }
}
