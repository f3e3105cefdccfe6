import {
  FACILITY_FIELDS,
  FACILITY_OPERATORS,
  FACILITY_STATUSES,
  FACILITY_TYPES,
  type FacilityFeature,
  type FacilityProperties,
} from "../api/facilities";
import { ApiError } from "../api/http";

/** A new facility's form: operating, publicly run, the division taken from its position. */
export function emptyFacility(): FacilityProperties {
  return {
    name: "",
    type: "COMMUNITY_DAY_CARE",
    address: null,
    capacity: null,
    beds: null,
    nursingBeds: null,
    operator: "PUBLIC",
    openedOn: null,
    status: "OPERATING",
    divisionCode: null,
  };
}

/** The writable properties of a served facility, for its form. */
export function formOf(feature: FacilityFeature): FacilityProperties {
  const p = feature.properties;
  return {
    name: p.name,
    type: p.type,
    address: p.address ?? null,
    capacity: p.capacity ?? null,
    beds: p.beds ?? null,
    nursingBeds: p.nursingBeds ?? null,
    operator: p.operator,
    openedOn: p.openedOn ?? null,
    status: p.status,
    divisionCode: p.divisionCode ?? null,
  };
}

/** A refused write as the form shows it: the field at fault (or null) and a Chinese message. */
export interface FacilityWriteError {
  field: string | null;
  message: string;
}

/**
 * What the registry said about a write, in the form's words: a 400 names the property
 * (`properties.nursingBeds` → 护理型床位数) and the rule it broke; 412 someone else saved first;
 * 403 and 401 the server's reason.
 */
export function describeFacilityError(error: unknown): FacilityWriteError {
  if (!(error instanceof ApiError)) {
    return { field: null, message: error instanceof Error ? error.message : String(error) };
  }
  if (error.status === 412) {
    return {
      field: null,
      message: "该设施已被他人修改，请重新载入后再编辑；您的修改未保存。",
    };
  }
  if (error.status === 401) return { field: null, message: "请先登录（规划人员或系统管理员）" };
  if (error.status === 400) {
    const param = error.problem?.invalidParams?.[0];
    const path = param?.name ?? "";
    const field = path.startsWith("properties.") ? path.slice("properties.".length) : path;
    const label = FACILITY_FIELDS[field];
    const reason = param?.reason ?? error.message.replace(/^[\w.[\]]+：/, "");
    if (label) return { field, message: `${label}：${reason}` };
    return { field: null, message: reason || error.message };
  }
  return { field: null, message: error.message };
}

const NAMES: Record<string, { code: string; name: string }[]> = {
  type: FACILITY_TYPES,
  operator: FACILITY_OPERATORS,
  status: FACILITY_STATUSES,
};

function shown(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "（空）";
  const names = NAMES[key];
  if (names) return names.find((n) => n.code === value)?.name ?? String(value);
  return String(value);
}

/** A feature as an audit entry keeps it (only what is read here). */
interface AuditFeature {
  geometry?: unknown;
  properties?: object;
}

function propertyOf(f: AuditFeature | null | undefined, key: string): unknown {
  return (f?.properties as Record<string, unknown> | undefined)?.[key] ?? null;
}

/** Metres between two lon/lat points (haversine on a sphere of 6,371 km). */
export function metresBetween(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

function pointOf(f: AuditFeature | null | undefined): [number, number] | null {
  const c = (f?.geometry as { coordinates?: unknown } | null | undefined)?.coordinates;
  return Array.isArray(c) && typeof c[0] === "number" && typeof c[1] === "number"
    ? [c[0], c[1]]
    : null;
}

/**
 * What one audit entry changed, as lines: 「床位数：20 → 30」, 「状态：运营 → 停办」, 「位置：移动 35 米」;
 * a creation lists what was given.
 */
export function changeLines(
  before: AuditFeature | null | undefined,
  after: AuditFeature | null | undefined,
): string[] {
  const lines: string[] = [];
  for (const [key, label] of Object.entries(FACILITY_FIELDS)) {
    if (key === "geometry" || key === "divisionCode") continue;
    const old = propertyOf(before, key);
    const now = propertyOf(after, key);
    if (old === now) continue;
    if (!before) {
      if (now !== null) lines.push(`${label}：${shown(key, now)}`);
      continue;
    }
    lines.push(`${label}：${shown(key, old)} → ${shown(key, now)}`);
  }
  const from = pointOf(before);
  const to = pointOf(after);
  if (from && to) {
    const metres = metresBetween(from, to);
    if (metres >= 0.5) lines.push(`位置：移动 ${Math.round(metres)} 米`);
  }
  return lines;
}
