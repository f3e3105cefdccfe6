package org.civgis.gazetteer.placename;

import java.time.LocalDate;
import org.locationtech.jts.geom.Envelope;

/**
 * Which names to find.
 *
 * @param day the standard names valid on this day; with {@code includeProposals} also the names in
 *     procedure today
 * @param divisionPrefix only names whose division code starts with this, or {@code null}
 * @param categoryCode only this category, or {@code null}
 * @param bbox only names whose geometry meets this CGCS2000 lon/lat box, or {@code null}
 * @param includeProposals whether names still in procedure (PROPOSED, UNDER_REVIEW, APPROVED) are
 *     found too (for officers)
 * @param limit at most this many
 * @param offset skip this many, in code order
 */
public record PlaceNameQuery(
    LocalDate day,
    String divisionPrefix,
    String categoryCode,
    Envelope bbox,
    boolean includeProposals,
    int limit,
    long offset) {}
