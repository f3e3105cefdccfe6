package org.civgis.gazetteer.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FacilityCheckTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void aCompleteFacilityHasNoProblems() {
    Facility f = FacilityRepositoryIT.dayCare("西街社区日间照料中心", "652301001001", 20, 12);
    assertThat(FacilityCheck.problems(f, TODAY)).isEmpty();
  }

  @Test
  void namesEachBadField() {
    Facility f =
        new Facility(
            0,
            0,
            " ",
            null,
            null,
            -1,
            5,
            6,
            null,
            LocalDate.of(2027, 1, 1),
            FacilityStatus.OPERATING,
            "6523",
            FacilityRepositoryIT.point(10, 44),
            false,
            "t");
    assertThat(FacilityCheck.problems(f, TODAY))
        .extracting(FacilityProblem::field)
        .containsExactlyInAnyOrder(
            "name",
            "type",
            "operator",
            "divisionCode",
            "geometry",
            "capacity",
            "nursingBeds",
            "openedOn");
  }

  @Test
  void parsesChineseNamesOfTypesOperatorsAndStatuses() {
    assertThat(FacilityType.parse("社区日间照料中心")).contains(FacilityType.COMMUNITY_DAY_CARE);
    assertThat(FacilityType.parse("敬老院")).contains(FacilityType.SUPPORT_INSTITUTION);
    assertThat(FacilityType.parse("social_work_station"))
        .contains(FacilityType.SOCIAL_WORK_STATION);
    assertThat(FacilityType.parse("养老院子")).isEmpty();
    assertThat(FacilityOperator.parse("公建民营"))
        .contains(FacilityOperator.PUBLIC_BUILT_PRIVATELY_RUN);
    assertThat(FacilityStatus.parse("运营")).contains(FacilityStatus.OPERATING);
  }
}
