import { DIVISION_ITEMS } from "../api/endpoints";
import type { WriteRequest } from "../api/http";
import type { GeoJsonGeometry, VersionedFeature } from "../api/types";
import type { DivisionEdit, NewDivision } from "./divisionForm";

const GEO_JSON = "application/geo+json";
const ACCEPT = "application/geo+json, application/problem+json";

/** An empty remark is no remark. */
function remarksOf(remarks: string): string | null {
  return remarks.trim() === "" ? null : remarks;
}

/**
 * The PUT that replaces a division's current version: its name, status, remarks and geometry from
 * the edit; code, level and parent as they were (the server refuses to change those); `If-Match`
 * with the ETag the feature was read with, so a concurrent change is refused (412), not lost.
 */
export function replaceRequest(
  original: VersionedFeature,
  edit: DivisionEdit,
  geometry: GeoJsonGeometry | null,
): WriteRequest {
  const { code, level, parentCode } = original.feature.properties;
  const body = {
    type: "Feature",
    id: code,
    geometry,
    properties: {
      code,
      level,
      parentCode,
      name: edit.name.trim(),
      status: edit.status,
      remarks: remarksOf(edit.remarks),
    },
  };
  return {
    method: "PUT",
    path: `${DIVISION_ITEMS}/${encodeURIComponent(code)}`,
    headers: { "Content-Type": GEO_JSON, Accept: ACCEPT, "If-Match": original.etag },
    body: JSON.stringify(body),
  };
}

/** The POST of a new division (a geometry is optional). */
export function createRequest(
  division: NewDivision,
  geometry: GeoJsonGeometry | null,
): WriteRequest {
  const body = {
    type: "Feature",
    geometry,
    properties: {
      code: division.code.trim(),
      name: division.name.trim(),
      level: division.level,
      parentCode: division.level > 1 ? division.parentCode.trim() : null,
      status: division.status,
      remarks: remarksOf(division.remarks),
    },
  };
  return {
    method: "POST",
    path: DIVISION_ITEMS,
    headers: { "Content-Type": GEO_JSON, Accept: ACCEPT },
    body: JSON.stringify(body),
  };
}
