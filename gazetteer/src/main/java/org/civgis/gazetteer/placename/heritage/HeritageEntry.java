package org.civgis.gazetteer.placename.heritage;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A name on the heritage list (地名文化保护名录).
 *
 * @param id row id, 0 before it is stored
 * @param placeNameId the protected standard name
 * @param criteria the criteria it meets, at least one
 * @param inUseSince since when the name is in use, as the sources say it (e.g. 清乾隆四十一年（1776年）)
 * @param story the name's story
 * @param sources where the story and the criteria come from (titles, pages, addresses)
 * @param listedOn the day it was put on the list
 * @param listedBy who put it there
 * @param photoIds the name attachments that are its photos
 */
public record HeritageEntry(
    long id,
    long placeNameId,
    Set<HeritageCriterion> criteria,
    String inUseSince,
    String story,
    String sources,
    LocalDate listedOn,
    String listedBy,
    List<Long> photoIds) {

  public HeritageEntry {
    criteria = Set.copyOf(criteria);
    photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
  }
}
