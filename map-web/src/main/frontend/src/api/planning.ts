import { acceptedFile } from "./addresses";
import { ApiError, getJson } from "./http";
import { startJob, startUploadJob } from "./jobs";

/** A facility type of the glossary (`GET /api/planning/options`). */
export interface FacilityTypeOption {
  code: string;
  name: string;
  elderCare: boolean;
}

export interface SpeedOption {
  code: "NORMAL" | "ELDERLY";
  name: string;
  metersPerSecond: number;
}

export interface PlanningOptions {
  facilityTypes: FacilityTypeOption[];
  speeds: SpeedOption[];
  /** Why coverage runs cannot be made now, or null when they can. */
  coverageUnavailable: string | null;
}

/** What a planner asks a coverage run for. */
export interface CoverageRunInput {
  types: string[];
  walkMinutes: number;
  speed: SpeedOption["code"];
  newSites: number;
}

export interface IndicatorDefinition {
  code: string;
  name: string;
  definition: string;
  unit: string;
  target: number;
  targetText: string;
  needsCoverage: boolean;
}

export type AreaLevel = "PREFECTURE" | "COUNTY" | "TOWNSHIP";

export interface IndicatorValueRow {
  indicator: string;
  areaCode: string;
  areaName: string;
  level: AreaLevel;
  levelName: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  meetsTarget: boolean | null;
  note: string | null;
}

/** `GET /api/planning/indicators`. */
export interface IndicatorReport {
  indicators: IndicatorDefinition[];
  values: IndicatorValueRow[];
  run: string | null;
  scenario: "before" | "after" | null;
  coverage: string | null;
}

/** One demand point's time in a coverage run. */
export interface DemandResult {
  code: string;
  name: string;
  kind: "COMMUNITY" | "RESIDENTIAL_COMPOUND";
  divisionCode: string;
  population60Plus: number;
  walkMinutes: number | null;
  covered: boolean;
  nearestFacilityId: string | null;
  /** E2SFCA accessibility (places per elderly resident within reach), null when not computed. */
  e2sfca: number | null;
  lon: number;
  lat: number;
}

export interface ScenarioSummary {
  communities: number;
  coveredCommunities: number;
  elderly: number;
  coveredElderly: number;
  coveredElderlyRate: number | null;
}

export interface GeoJsonCollection {
  type: "FeatureCollection";
  features: unknown[];
}

export interface ScenarioResult {
  summary: ScenarioSummary;
  demand: DemandResult[];
  isochrones: GeoJsonCollection | null;
  newSites?: { id: string; lon: number; lat: number }[];
}

/** The result of a finished coverage run (the job's result). */
export interface CoverageRunResult {
  parameters: {
    types: string[];
    typeNames: string[];
    walkMinutes: number;
    walkingSpeedMetersPerSecond: number;
    newSites: number;
  };
  facilities: number;
  before: ScenarioResult;
  after?: ScenarioResult;
  timeMap: GeoJsonCollection | null;
  notes: string[];
}

export function fetchPlanningOptions(signal?: AbortSignal): Promise<PlanningOptions> {
  return getJson<PlanningOptions>("/api/planning/options", signal);
}

/** Starts a coverage run; resolves with the job's status URL. */
export function startCoverageRun(input: CoverageRunInput): Promise<string> {
  return startJob({
    method: "POST",
    path: "/api/planning/coverage-runs",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(input),
  });
}

/** The query of the indicator endpoints for run `runId` (null: without coverage) and scenario. */
export function indicatorQuery(runId: string | null, scenario: "before" | "after"): string {
  if (!runId) return "";
  return `?run=${encodeURIComponent(runId)}&scenario=${scenario}`;
}

export function fetchIndicators(
  runId: string | null,
  scenario: "before" | "after" = "before",
  signal?: AbortSignal,
): Promise<IndicatorReport> {
  return getJson<IndicatorReport>(
    `/api/planning/indicators${indicatorQuery(runId, scenario)}`,
    signal,
  );
}

export function indicatorsXlsxUrl(runId: string | null, scenario: "before" | "after"): string {
  return `/api/planning/indicators.xlsx${indicatorQuery(runId, scenario)}`;
}

/** The id of a job from its status URL (`/api/jobs/{id}`). */
export function jobIdOf(location: string): string {
  return location.replace(/\/+$/, "").split("/").pop() ?? "";
}

export function fetchRunResult(location: string, signal?: AbortSignal): Promise<CoverageRunResult> {
  return getJson<CoverageRunResult>(`${location.replace(/\/+$/, "")}/result`, signal);
}

/** What a finished facility import reports. */
export interface FacilityImportSummary {
  imported: number;
  geocoded: number;
  ids: number[];
}

/**
 * Uploads a CSV or Excel table of facilities (`POST /api/facilities/import`, multipart); returns
 * the job's status URL. The job stores all rows or none; its problem lists every bad row.
 */
export async function startFacilityImport(file: File): Promise<string> {
  if (!acceptedFile(file.name)) {
    throw new ApiError(400, "请选择 CSV（UTF-8）或 Excel（.xlsx）文件");
  }
  return startUploadJob("/api/facilities/import", file);
}
