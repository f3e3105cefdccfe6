package org.civgis.web.placename;

import java.util.Set;
import org.civgis.gazetteer.placename.NameStatus;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.web.problem.ForbiddenException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.JurisdictionGuard;
import org.civgis.web.security.Role;
import org.springframework.stereotype.Component;

/** Who may do what with a place name; see the package contract. */
@Component
class PlaceNameRights {
  static final Set<Role> EDITORS = Set.of(Role.ADMIN, Role.NAME_OFFICER);

  /** The decisions of the approving government, recorded by its officers. */
  static final Set<NameStatus> DECISIONS =
      Set.of(NameStatus.APPROVED, NameStatus.ANNOUNCED, NameStatus.FILED, NameStatus.RETIRED);

  private final JurisdictionGuard guard;

  PlaceNameRights(JurisdictionGuard guard) {
    this.guard = guard;
  }

  /** Throws 403 unless {@code actor} may propose or edit {@code name}. */
  void checkEdit(Actor actor, PlaceName name) {
    if (actor.role().filter(EDITORS::contains).isEmpty()) {
      throw new ForbiddenException("只有系统管理员和区划地名管理员可以办理地名");
    }
    guard.checkWrite(actor, name.divisionCode(), name.geometry());
  }

  /** Throws 403 unless {@code actor} may move {@code name} to {@code target}. */
  void checkStep(Actor actor, PlaceName name, NameStatus target) {
    checkEdit(actor, name);
    if (DECISIONS.contains(target) && !mayDecide(actor)) {
      throw new ForbiddenException("「" + target.chineseName() + "」须由州级区划地名管理员或系统管理员登记");
    }
  }

  /** Whether {@code actor} may record approvals, announcements and retirements. */
  static boolean mayDecide(Actor actor) {
    return actor.user() != null
        && (actor.user().role() == Role.ADMIN
            || (actor.user().role() == Role.NAME_OFFICER
                && actor.user().jurisdictionCode().endsWith("00000000")));
  }
}
