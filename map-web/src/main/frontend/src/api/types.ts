/** Shapes of the backend's JSON API (see README.md in this folder). */

export interface DivisionRef {
  code: string;
  name: string;
}

export interface BaseLayerConfig {
  /** "xyz" (URL template); "wmts" is accepted when its url is a template too. */
  type: "xyz" | "wmts" | string;
  url: string;
  attribution?: string | null;
}

export interface AppConfig {
  homeDivision: DivisionRef;
  baseLayer: BaseLayerConfig | null;
  attributions: string[];
}

export interface AreaZone {
  epsg: number;
  centralMeridian: number;
}

export interface Census {
  year: number;
  residentPopulation: number | null;
  aged60PlusShare: number | null;
  aged65PlusShare: number | null;
  aged80PlusShare: number | null;
  urbanShare: number | null;
  ethnicMinorityShare: number | null;
  sexRatio: number | null;
  aggregated: boolean;
}

export interface DivisionDetail {
  code: string;
  name: string;
  level: number;
  levelName: string;
  parent: DivisionRef | null;
  validFrom: string | null;
  validTo: string | null;
  areaKm2: number | null;
  areaZone: AreaZone | null;
  census: Census | null;
  inHomeDivision: boolean;
}

/** One version of a division in its history (`GET /api/divisions/{code}/history`). */
export interface DivisionVersionEntry {
  name: string;
  levelName: string;
  /** The parent on the version's first day; its name is null when the parent had no version then. */
  parent: { code: string; name: string | null } | null;
  /** First day; null when the version began before our records. */
  validFrom: string | null;
  /** First day after the version (exclusive); null while current. */
  validTo: string | null;
  /** The dataset or act (approval document) that attests the version. */
  source: string | null;
  /** PUBLISHED, or DRAFT (officers only). */
  status: string;
}

/** The kinds of division change (行政区划调整). */
export type DivisionChangeKind =
  "RENAME" | "UPGRADE" | "ESTABLISH" | "ABOLISH" | "REPLACE" | "MERGE" | "SPLIT" | "TRANSFER";

/** A recorded division change that involves the division. */
export interface DivisionChangeEntry {
  kind: DivisionChangeKind | string;
  effectiveDate: string;
  /** How the date is known when not from the act itself (e.g. only from statistics vintages). */
  effectiveDateNote: string | null;
  /** The divisions before the change, named as on the day before it. */
  from: { code: string; name: string | null }[];
  /** The divisions after the change, named as on its day. */
  to: { code: string; name: string | null }[];
  description: string | null;
  source: string | null;
}

/** A division's versions (oldest first) and the changes that involve it. */
export interface DivisionHistory {
  code: string;
  versions: DivisionVersionEntry[];
  changes: DivisionChangeEntry[];
}

/** Publication status of a division record. */
export type RecordStatus = "DRAFT" | "PUBLISHED";

/** Properties of a feature of the OGC API collection "divisions". */
/** A division's name, label point and box, without its geometry (`/api/divisions/labels`). */
export interface DivisionLabel {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
  status: RecordStatus | string;
  /** [lon, lat]; null without a geometry */
  labelPoint: [number, number] | null;
  /** [min lon, min lat, max lon, max lat]; null without a geometry */
  bbox: [number, number, number, number] | null;
}

export interface DivisionLabels {
  divisions: DivisionLabel[];
}

export interface DivisionFeatureProperties {
  code: string;
  name: string;
  level: number;
  levelName: string;
  parentCode: string | null;
  /** Officers also see drafts; everybody else only published records. */
  status?: RecordStatus | string;
  remarks?: string | null;
  validFrom: string | null;
  validTo: string | null;
  areaKm2: number | null;
  areaZoneEpsg: number | null;
  /** An interior point [lon, lat] chosen by the server for the label. */
  labelPoint: [number, number] | null;
}

/** A GeoJSON geometry (lon/lat, CRS84). */
export interface GeoJsonGeometry {
  type: string;
  coordinates: unknown;
}

/** A GeoJSON Feature of the collection "divisions" (lon/lat). */
export interface DivisionFeature {
  type: "Feature";
  id?: string | number;
  geometry: GeoJsonGeometry | null;
  properties: DivisionFeatureProperties;
  /** In an audit entry's `after`: how the write was recorded. */
  edit?: EditSummary;
}

export interface DivisionFeatureCollection {
  type: "FeatureCollection";
  features: DivisionFeature[];
}

/** A feature with the ETag an edit must send back in `If-Match`. */
export interface VersionedFeature {
  feature: DivisionFeature;
  etag: string;
}

/** The logged-in user (`GET /api/me`, `POST /api/login`). */
export interface CurrentUser {
  username: string;
  displayName: string;
  /** ADMIN, NAME_OFFICER, INSPECTOR, PLANNER or VIEWER. */
  role: string;
  /** The role in Chinese, e.g. 区划地名管理员. */
  roleName: string;
  /** The 12-digit code of the division the user is responsible for. */
  jurisdictionCode: string;
}

export interface MeResponse {
  user: CurrentUser | null;
  csrfCookie: string;
  csrfHeader: string;
}

/** One entry of `GET /api/audit`, newest first. */
export interface AuditRecord {
  id: number;
  /** ISO 8601 instant. */
  occurredAt: string;
  actorName: string;
  clientAddress: string | null;
  clientId: string | null;
  /** CREATE, UPDATE, DELETE (logins have no feature and do not appear here). */
  action: string;
  before: DivisionFeature | null;
  after: DivisionFeature | null;
}

/** A parameter or JSON path the server refused, and why. */
export interface InvalidParam {
  name: string;
  reason?: string;
}

/** RFC 9457 problem details. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  invalidParams?: InvalidParam[];
  /** A refusal by the checks on save (422 `/problems/edit-findings`): what they found. */
  findings?: EditFinding[];
  /** Whether the findings are warnings only, so the write passes once they are acknowledged. */
  acknowledgeable?: boolean;
}

/** A finding of the checks on save of a division edit. */
export interface EditFinding {
  id: string;
  /** GAP, OVERLAP, SLIVER, … */
  type: string;
  /** The type in Chinese, e.g. 缝隙. */
  typeName: string;
  /** ERROR (refuses the write) or WARNING (to be acknowledged). */
  severity: string;
  subjects: string[];
  measure: number | null;
  unit: string | null;
  /** The measure in readable units, e.g. 「0.42 平方千米」. */
  measureText: string | null;
  detail: string | null;
  /** Where it is (GeoJSON, lon/lat). */
  geometry: GeoJsonGeometry | null;
}

/** What an edit was, as its audit entry's `after.edit` records it (ADR 0012). */
export interface EditSummary {
  /** CORRECTION or LEGAL_CHANGE. */
  kind?: string;
  reason?: string | null;
  effectiveFrom?: string | null;
  approvalDocument?: string | null;
  areaBeforeKm2?: number | null;
  areaAfterKm2?: number | null;
  /** [minLon, minLat, maxLon, maxLat] of the changed vertices. */
  changedExtent?: number[] | null;
  detachedSharedEdges?: boolean | null;
  movedWith?: string | null;
  restoredFrom?: number | null;
  acknowledgedFindings?: Array<{ type?: string; typeName?: string; measureText?: string }> | null;
}
