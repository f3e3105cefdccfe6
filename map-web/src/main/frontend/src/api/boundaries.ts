/**
 * Client of the boundary endpoints: the OGC collections `divisions`, `boundary-lines`,
 * `boundary-markers`, `topology-findings`, the check runs (jobs) and their exports.
 */
import { getJson } from "./http";
import { startJob } from "./jobs";

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
