package org.civgis.gazetteer.placename.rules;

import java.util.Objects;

/**
 * A name as a {@link NameIndex} returns it.
 *
 * @param id the name's id
 * @param name the name as stored
 * @param category its category
 */
public record IndexedName(String id, String name, PlaceCategory category) {

  public IndexedName {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
  }
}
