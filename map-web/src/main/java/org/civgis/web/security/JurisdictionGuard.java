package org.civgis.web.security;

import java.time.Clock;
import java.time.LocalDate;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.web.problem.ForbiddenException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Component;

/**
 * Decides whether an actor may write a feature: the actor's role must be one of the collection's
 * editors, and the feature's division and geometry must lie inside the actor's jurisdiction.
 */
@Component
public class JurisdictionGuard {
  private final DivisionRepository divisions;
  private final Clock clock;

  JurisdictionGuard(DivisionRepository divisions, Clock clock) {
    this.divisions = divisions;
    this.clock = clock;
  }

  /**
   * Throws {@link ForbiddenException} unless {@code actor} may write a feature of division {@code
   * divisionCode} with {@code geometry} (CGCS2000, may be {@code null}).
   */
  public void checkWrite(Actor actor, String divisionCode, Geometry geometry) {
    if (actor.isAnonymous()) {
      throw new ForbiddenException("匿名用户不能修改数据");
    }
    AppUser user = actor.user();
    Division jurisdiction =
        divisions
            .findByCode(user.jurisdictionCode(), LocalDate.now(clock))
            .orElseThrow(
                () ->
                    new ForbiddenException(
                        "用户 " + user.username() + " 的辖区 " + user.jurisdictionCode() + " 不存在"));
    if (!jurisdiction.contains(divisionCode)) {
      throw new ForbiddenException(
          "区划 " + named(divisionCode) + " 不在您的辖区（" + jurisdiction.name() + "）内");
    }
    if (geometry != null
        && jurisdiction.geometry() != null
        && !PreparedGeometryFactory.prepare(jurisdiction.geometry()).covers(geometry)) {
      throw new ForbiddenException("要素的几何超出了您的辖区（" + jurisdiction.name() + "）范围");
    }
  }

  /**
   * A division as a refusal names it: its name today with the code after it, {@code
   * 木垒哈萨克自治县（652328000000）}; the code alone if there is no such division.
   */
  public String named(String divisionCode) {
    return divisions
        .findByCode(divisionCode, LocalDate.now(clock))
        .map(d -> d.name() + "（" + divisionCode + "）")
        .orElse(divisionCode);
  }
}
