package org.civgis.gazetteer.compilation;

import java.time.LocalDate;

/**
 * A name no longer in use on the compilation day (曾用地名), with what replaced it.
 *
 * @param name the former name
 * @param code its place-name code
 * @param validFrom first day of its use as a standard name, or {@code null} (before our records)
 * @param validTo first day it was no longer used
 * @param ending 更名 or 注销
 * @param successor the name that superseded it, or {@code null} for a retired name without one
 */
public record FormerName(
    String name,
    String code,
    LocalDate validFrom,
    LocalDate validTo,
    String ending,
    String successor) {}
