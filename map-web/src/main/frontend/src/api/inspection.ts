/** Client of the joint-inspection API (`/api/inspection`). */
import { getJson, request, write } from "./http";
import { startJob } from "./jobs";

export interface InspectionRound {
  id: number;
  title: string;
  roundNumber: number | null;
  leadCode: string;
  assistingCode: string;
  plannedStart: string;
  plannedEnd: string;
  toleranceMeters: number;
  status: string;
  statusName: string;
  locked: boolean;
  generated: boolean;
  lineCodes: string[];
  participants: { username: string; sideCode: string; duty: string }[];
  revision: number;
}

export interface DeviationStatistics {
  measured: number;
  meanMeters: number;
  maxMeters: number;
  rmsMeters: number;
  overTolerance: number;
  toleranceMeters: number;
}

export interface RoundDetail extends InspectionRound {
  markerTasks: number;
  segmentTasks: number;
  /** Who signed each side: user name, display name and jurisdiction when signing. */
  signOffs: {
    sideCode: string;
    signedBy: string;
    signerName: string;
    signerJurisdiction: string | null;
    statement: string;
    signedAt: string;
  }[];
  /** The sides the current user may sign for (each side signs through its own people). */
  signableSides: string[];
  deviations: DeviationStatistics;
}

export interface MarkerRecordRow {
  id: string;
  markerId: number;
  markerNumber?: string;
  team: string;
  condition: "INTACT" | "DAMAGED" | "DISPLACED" | "MISSING";
  landmarksComplete: boolean | null;
  accuracyMeters: number | null;
  fixes: number | null;
  deviationMeters: number | null;
  /** The measured position (GeoJSON Point, CGCS2000 lon/lat), or null when not measured. */
  measured: { type: "Point"; coordinates: number[] } | null;
  conflict: boolean;
  observedAt: string;
  recordedBy: string;
  notes: string | null;
  photos: string[];
}

export interface InspectionFinding {
  id: number;
  origin: string;
  type: string;
  severity: string;
  trend: string | null;
  lineCode: string | null;
  markerId: number | null;
  /** Where it is (GeoJSON, CGCS2000 lon/lat), or null. */
  geometry: { type: string; coordinates: unknown } | null;
  detail: string;
  status: "OPEN" | "RESOLVED";
  resolution: string | null;
  revision: number;
}

export const CONDITION_NAMES: Record<string, string> = {
  INTACT: "完好",
  DAMAGED: "损坏",
  DISPLACED: "移位",
  MISSING: "丢失",
};

export function listRounds(): Promise<{ rounds: InspectionRound[] }> {
  return getJson("/api/inspection/rounds");
}

/** The round with its entity tag (for If-Match). */
export async function fetchRound(id: number): Promise<{ round: RoundDetail; etag: string }> {
  const result = await request<RoundDetail>(`/api/inspection/rounds/${id}`);
  return { round: result.body, etag: result.headers.get("ETag") ?? "" };
}

export function fetchRecords(
  id: number,
): Promise<{ markers: MarkerRecordRow[]; segments: unknown[]; deviations: DeviationStatistics }> {
  return getJson(`/api/inspection/rounds/${id}/records`);
}

export function fetchFindings(id: number): Promise<{ findings: InspectionFinding[] }> {
  return getJson(`/api/inspection/rounds/${id}/findings`);
}

export async function advanceRound(id: number, etag: string, status: string): Promise<void> {
  await write({
    method: "POST",
    path: `/api/inspection/rounds/${id}/status`,
    headers: { "Content-Type": "application/json", "If-Match": etag },
    body: JSON.stringify({ status }),
  });
}

export async function signOff(id: number, side: string, statement: string): Promise<void> {
  await write({
    method: "POST",
    path: `/api/inspection/rounds/${id}/sign-offs`,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ side, statement }),
  });
}

export async function resolveFinding(
  finding: InspectionFinding,
  resolution: string,
): Promise<void> {
  await write({
    method: "POST",
    path: `/api/inspection/findings/${finding.id}/resolution`,
    headers: {
      "Content-Type": "application/json",
      "If-Match": `"finding-${finding.id}-${finding.revision}"`,
    },
    body: JSON.stringify({ resolution }),
  });
}

/** Starts a job; answers the job's location. */
export function startDeskCheck(id: number): Promise<string> {
  return startJob({ method: "POST", path: `/api/inspection/rounds/${id}/desk-check`, headers: {} });
}

export function startReport(id: number, format: "pdf" | "xlsx"): Promise<string> {
  return startJob({
    method: "POST",
    path: `/api/inspection/rounds/${id}/report?format=${format}`,
    headers: {},
  });
}
