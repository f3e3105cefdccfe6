import type { DivisionDetail, DivisionFeatureProperties } from "../api/types";

/**
 * A profile from a feature's properties, for what `/api/divisions/{code}` does not answer (a draft,
 * which only officers see): no census, the parent by its code only.
 */
export function profileFromFeature(properties: DivisionFeatureProperties): DivisionDetail {
  return {
    code: properties.code,
    name: properties.name,
    level: properties.level,
    levelName: properties.levelName,
    parent: properties.parentCode
      ? { code: properties.parentCode, name: properties.parentCode }
      : null,
    validFrom: properties.validFrom,
    validTo: properties.validTo,
    areaKm2: properties.areaKm2,
    areaZone:
      properties.areaZoneEpsg == null
        ? null
        : { epsg: properties.areaZoneEpsg, centralMeridian: Number.NaN },
    census: null,
    inHomeDivision: true,
  };
}
