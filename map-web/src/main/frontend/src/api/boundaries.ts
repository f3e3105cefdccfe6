/**
 * Client of the boundary endpoints: the OGC collections `divisions`, `boundary-lines`,
 * `boundary-markers`, `topology-findings`, the check runs (jobs) and their exports.
 */
import { ApiError, CLIENT_ID, CSRF_HEADER, csrfToken, getJson, request, write } from "./http";
import { startJob } from "./jobs";
import type { AuditRecord } from "./types";

/** A GeoJSON FeatureCollection as the OGC items answer it. */
export interface FeatureCollection<P> {
  type: "FeatureCollection";
  numberMatched?: number;
  features: { type: "Feature"; id: string; geometry: unknown; properties: P }[];
}

export interface LandmarkInfo {
  name: string;
  bearingDegrees: number;
  distanceMeters: number;
}

export interface MarkerProperties {
  number: string;
  lineCode: string;
  formName: string;
  faces: number;
  material: string | null;
  gkXMeters: number;
  gkYMeters: number;
  gkZoneEpsg: number;
  elevationMeters: number | null;
  surveyMethod: string | null;
  accuracyMeters: number | null;
  conditionName: string;
  installedOn: string | null;
  generated: boolean;
  landmarks: LandmarkInfo[];
  photos?: { id: number; caption: string | null; takenOn: string | null; href: string }[];
  conditions?: { conditionName: string; observedOn: string; note: string | null }[];
}

export interface FindingProperties {
  runId: number;
  type: string;
  typeName: string;
  severity: "ERROR" | "WARNING" | "INFO";
  subjects: string[];
  subjectNames: string[];
  measure: number | null;
  unit: string | null;
  detail: string;
}

export interface CheckOutcome {
  runId: number;
  findings: number;
  counts: Record<string, number>;
}

/** The collections' page size for a whole prefecture (a few thousand features at most). */
export const ITEMS_LIMIT = 5000;

/** Items of `collection` with `params`, as GeoJSON in CRS84. */
export function itemsUrl(
  collection: string,
  params: Record<string, string | number | null>,
): string {
  const query = new URLSearchParams({ f: "json", limit: String(ITEMS_LIMIT) });
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== "") query.set(name, String(value));
  }
  return `/ogc/collections/${collection}/items?${query.toString()}`;
}

/** Divisions of `level` (2–5) valid on `day` (YYYY-MM-DD). */
export function divisionsUrl(level: number, day: string): string {
  return itemsUrl("divisions", { level, datetime: day });
}

/** Boundary lines of `level` (2–4, or null for all) valid on `day`. */
export function linesUrl(level: number | null, day: string): string {
  return itemsUrl("boundary-lines", { level, datetime: day });
}

export function markersUrl(): string {
  return itemsUrl("boundary-markers", {});
}

/** The findings of check run `runId` (null: the latest run). */
export function findingsUrl(runId: number | null): string {
  return itemsUrl("topology-findings", { run: runId });
}

/** The spreadsheet of a run's findings. */
export function findingsXlsxUrl(runId: number): string {
  return `/api/boundary/checks/${runId}/findings.xlsx`;
}

export async function fetchMarker(id: string): Promise<MarkerProperties> {
  const feature = await getJson<{ properties: MarkerProperties }>(
    `/ogc/collections/boundary-markers/items/${encodeURIComponent(id)}?f=json`,
  );
  return feature.properties;
}

export function fetchFindings(runId: number | null): Promise<FeatureCollection<FindingProperties>> {
  return getJson<FeatureCollection<FindingProperties>>(findingsUrl(runId));
}

/** Starts a topology check of the prefecture as of `day`; returns the job's status URL. */
export function startCheck(day: string): Promise<string> {
  return startJob({
    method: "POST",
    path: `/api/boundary/checks?date=${encodeURIComponent(day)}`,
    headers: {},
  });
}

// ---- editing a line

/** A boundary line as `GET /api/boundary/lines/{code}` answers it (CRS84), with its ETag. */
export interface EditableLine {
  code: string;
  name: string;
  geometry: { type: "MultiLineString"; coordinates: number[][][] };
  properties: Record<string, unknown>;
  etag: string;
}

export async function fetchEditableLine(code: string): Promise<EditableLine> {
  const result = await request<{
    geometry: EditableLine["geometry"];
    properties: Record<string, unknown>;
  }>(`/api/boundary/lines/${encodeURIComponent(code)}`);
  return {
    code,
    name: String(result.body.properties.name ?? code),
    geometry: result.body.geometry,
    properties: result.body.properties,
    etag: result.headers.get("ETag") ?? "",
  };
}

/** How a line edit is recorded: a correction (with its reason) or a legal change from a day. */
export interface LineEditKind {
  changeKind: "CORRECTION" | "LEGAL_CHANGE";
  reason: string;
  effectiveFrom?: string;
  approvalDocument?: string;
}

/** The query of a line edit: change kind, reason, and for a legal change its day and document. */
export function lineEditQuery(kind: LineEditKind): string {
  const query = new URLSearchParams({ changeKind: kind.changeKind });
  if (kind.reason.trim()) query.set("reason", kind.reason.trim());
  if (kind.changeKind === "LEGAL_CHANGE") {
    if (kind.effectiveFrom) query.set("effectiveFrom", kind.effectiveFrom);
    if (kind.approvalDocument?.trim()) query.set("approvalDocument", kind.approvalDocument.trim());
  }
  return query.toString();
}

/**
 * Saves the line's new geometry with `If-Match: etag`; answers the new ETag. A stale ETag is
 * refused with 412 (someone else changed the line since it was loaded).
 */
export async function saveLineGeometry(
  code: string,
  etag: string,
  geometry: EditableLine["geometry"],
  kind: LineEditKind,
): Promise<{ etag: string; divisions: string[] }> {
  const result = await write<{ divisions: string[] }>({
    method: "PUT",
    path: `/api/boundary/lines/${encodeURIComponent(code)}/geometry?${lineEditQuery(kind)}`,
    headers: { "Content-Type": "application/geo+json", "If-Match": etag },
    body: JSON.stringify(geometry),
  });
  return { etag: result.headers.get("ETag") ?? "", divisions: result.body?.divisions ?? [] };
}

/** The audit trail of a boundary line, newest first (officers). */
export function fetchLineAudit(code: string): Promise<AuditRecord[]> {
  return getJson<AuditRecord[]>(
    `/api/audit?collection=boundary-lines&featureId=${encodeURIComponent(code)}`,
  );
}

// ---- importing divisions (staged: upload, look, publish or discard)

export interface ImportProblem {
  feature: number | null;
  code: string | null;
  field: string;
  reason: string;
}

export interface ImportCheckFinding {
  type: string;
  severity: string;
  divisions: string[];
  measure: number | null;
  detail: string;
}

/** The report of an import as the server writes it, with the names of the codes it mentions. */
export interface ImportReport {
  status: "STAGED" | "REJECTED" | "ACCEPTED";
  batchId: number | null;
  effective: string | null;
  fileName: string;
  format: string | null;
  sourceCrs: string | null;
  crsDeclared: boolean;
  features: number;
  problems: ImportProblem[];
  warnings: string[];
  repairs: { feature: number; code: string | null; reason: string }[];
  findings: ImportCheckFinding[];
  changed: string[] | null;
  published: string[];
  unchanged: string[];
  lines: string[];
  divisionNames: Record<string, string>;
}

/** What the import form sends besides the file. */
export interface ImportForm {
  effective: string;
  crs: string;
  repair: boolean;
}

/** Uploads `file` to be staged (a job); returns the job's status URL. */
export async function startStagedImport(file: File, form: ImportForm): Promise<string> {
  const body = new FormData();
  body.append("effective", form.effective);
  if (form.crs.trim()) body.append("crs", form.crs.trim());
  body.append("repair", String(form.repair));
  body.append("stage", "true");
  body.append("file", file, file.name);
  const token = await csrfToken();
  const response = await request<{ id: string }>("/api/boundary/imports", {
    method: "POST",
    headers: { [CSRF_HEADER]: token, "X-Client-Id": CLIENT_ID },
    body,
  });
  const location = response.headers.get("Location");
  if (response.status !== 202 || !location) {
    throw new ApiError(response.status, "服务器没有按任务方式受理该导入");
  }
  return location;
}

/** The staged features of import `batch` (GeoJSON, CRS84). */
export function importFeaturesUrl(batch: number): string {
  return `/api/boundary/imports/${batch}/features`;
}

/** Publishes staged import `batch` (a job); returns the job's status URL. */
export function startImportPublish(batch: number): Promise<string> {
  return startJob({ method: "POST", path: `/api/boundary/imports/${batch}/publish`, headers: {} });
}

/** Discards staged import `batch`: nothing of it is written. */
export async function discardImport(batch: number): Promise<void> {
  await write({ method: "DELETE", path: `/api/boundary/imports/${batch}`, headers: {} });
}

/** The Chinese name of the part of a file an import problem concerns. */
export function importFieldName(field: string): string {
  return (
    {
      file: "文件",
      crs: "坐标系",
      code: "区划代码",
      geometry: "几何",
      topology: "拓扑",
      effective: "生效日期",
    }[field] ?? "其他"
  );
}
