import { DIVISION_ITEMS } from "../api/endpoints";
import type { WriteRequest } from "../api/http";
import type { GeoJsonGeometry, VersionedFeature } from "../api/types";
import type { ChangeRecord, DivisionEdit, NewDivision } from "./divisionForm";

const GEO_JSON = "application/geo+json";
const ACCEPT = "application/geo+json, application/problem+json";

/** An empty remark is no remark. */
function remarksOf(remarks: string): string | null {
  return remarks.trim() === "" ? null : remarks;
}

/** What the editor agreed to after a refusal: save despite the warnings, move this outline alone. */
export interface SaveOptions {
  acknowledgeWarnings?: boolean;
  detachSharedEdges?: boolean;
}

/**
 * The properties that say how a write is recorded (read by the server, never stored): the kind,
 * and for a correction its reason (when given), for a legal change its day and approval document;
 * the editor's acknowledgements only when given.
 */
export function changeProperties(
  change: ChangeRecord,
  options: SaveOptions = {},
): Record<string, string | boolean> {
  const properties: Record<string, string | boolean> = { changeKind: change.kind };
  if (change.kind === "CORRECTION") {
    if (change.reason.trim()) properties.reason = change.reason.trim();
  } else {
    properties.effectiveFrom = change.effectiveFrom;
    properties.approvalDocument = change.approvalDocument.trim();
  }
  if (options.acknowledgeWarnings) properties.acknowledgeWarnings = true;
  if (options.detachSharedEdges) properties.detachSharedEdges = true;
  return properties;
}

/**
 * The PUT that replaces a division's current version: its name, status, remarks and geometry from
 * the edit; code, level and parent as they were (the server refuses to change those); `If-Match`
 * with the ETag the feature was read with, so a concurrent change is refused (412), not lost; how
 * the change is recorded (`changeProperties()`).
 */
export function replaceRequest(
  original: VersionedFeature,
  edit: DivisionEdit,
  geometry: GeoJsonGeometry | null,
  change: ChangeRecord,
  options: SaveOptions = {},
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
      ...changeProperties(change, options),
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

/**
 * The POST that writes back the state before (or after) audit entry `auditId` of division `code`,
 * as a new write; `If-Match` with the ETag of the current version.
 */
export function restoreRequest(
  code: string,
  auditId: number,
  etag: string,
  options: SaveOptions & { state?: "BEFORE" | "AFTER" } = {},
): WriteRequest {
  const body: Record<string, unknown> = { auditId, state: options.state ?? "BEFORE" };
  if (options.acknowledgeWarnings) body.acknowledgeWarnings = true;
  if (options.detachSharedEdges) body.detachSharedEdges = true;
  return {
    method: "POST",
    path: `/api/divisions/${encodeURIComponent(code)}/restore`,
    headers: {
      "Content-Type": "application/json",
      Accept: "application/geo+json, application/problem+json",
      "If-Match": etag,
    },
    body: JSON.stringify(body),
  };
}
