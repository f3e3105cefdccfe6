package org.civgis.web.division;

import org.civgis.boundary.edit.Editor;
import org.civgis.web.security.Actor;

/** What the web layer's division and boundary writes share. */
public final class DivisionFeatureSources {
  private DivisionFeatureSources() {}

  /** The editor the domain's division edits see for {@code actor}. */
  public static Editor editor(Actor actor) {
    return DivisionFeatureSource.editor(actor);
  }
}
