package org.civgis.web.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionCensus;
import org.civgis.boundary.division.DivisionCensusRepository;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.boundary.division.DivisionQuery;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.gazetteer.demand.DemandKind;
import org.civgis.gazetteer.demand.DemandRepository;
import org.civgis.gazetteer.facility.FacilityQuery;
import org.civgis.gazetteer.facility.FacilityRepository;
import org.civgis.gazetteer.indicator.CoverageFacts;
import org.civgis.gazetteer.indicator.IndicatorArea;
import org.civgis.gazetteer.indicator.IndicatorValue;
import org.civgis.gazetteer.indicator.PlanIndicators;
import org.civgis.web.config.CivgisProperties;
import org.civgis.web.problem.NotFoundException;
import org.springframework.stereotype.Service;

/** The plan's indicators of the deployment's prefecture, from the database as it stands. */
@Service
class PlanIndicatorService {
  static final int CENSUS_YEAR = 2020;

  private final DivisionRepository divisions;
  private final DivisionCensusRepository census;
  private final FacilityRepository facilities;
  private final DemandRepository demand;
  private final CivgisProperties properties;
  private final Clock clock;

  PlanIndicatorService(
      DivisionRepository divisions,
      DivisionCensusRepository census,
      FacilityRepository facilities,
      DemandRepository demand,
      CivgisProperties properties,
      Clock clock) {
    this.divisions = divisions;
    this.census = census;
    this.facilities = facilities;
    this.demand = demand;
    this.properties = properties;
    this.clock = clock;
  }

  /** Every indicator per prefecture, county and township; {@code coverage} may be {@code null}. */
  List<IndicatorValue> compute(CoverageFacts coverage) {
    LocalDate today = LocalDate.now(clock);
    Division home =
        divisions
            .findByCode(properties.homeDivision(), today)
            .orElseThrow(() -> new NotFoundException("没有区划 " + properties.homeDivision()));
    List<Division> counties =
        divisions.find(
            DivisionQuery.asOf(today, 1000)
                .withParent(home.code())
                .withLevel(DivisionLevel.COUNTY));
    List<IndicatorArea> countyAreas = new ArrayList<>();
    List<IndicatorArea> townshipAreas = new ArrayList<>();
    for (Division county : counties) {
      countyAreas.add(new IndicatorArea(county.code(), county.name(), "COUNTY", false));
      for (Division t :
          divisions.find(
              DivisionQuery.asOf(today, 1000)
                  .withParent(county.code())
                  .withLevel(DivisionLevel.TOWNSHIP))) {
        townshipAreas.add(
            new IndicatorArea(t.code(), t.name(), "TOWNSHIP", t.name().endsWith("街道")));
      }
    }
    Map<String, Long> elderly = new LinkedHashMap<>();
    for (DivisionCensus c :
        census.findAll(counties.stream().map(Division::code).toList(), CENSUS_YEAR)) {
      elderly.put(c.code().substring(0, 6), Math.round(c.residentPopulation() * c.shareAged(60)));
    }
    return PlanIndicators.compute(
        new PlanIndicators.Inputs(
            new IndicatorArea(home.code(), home.name(), "PREFECTURE", false),
            countyAreas,
            townshipAreas,
            facilities.find(FacilityQuery.all(100_000)),
            demand.find(null, DemandKind.COMMUNITY, null, 100_000, 0),
            elderly,
            coverage));
  }
}
