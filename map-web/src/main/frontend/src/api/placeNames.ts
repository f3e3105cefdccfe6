/** One function per call of the place-name API (standard place-name library). */
import { ApiError, CLIENT_ID, csrfToken, CSRF_HEADER, getJson, request, write } from "./http";
import type {
  CleanupItem,
  CleanupRun,
  CleanupStatus,
  CountyProgress,
  NameCheck,
  NameRecord,
  NameText,
  PlaceNameFeature,
  ReviewRequest,
  SearchResult,
  StepRequest,
  VersionedNameRecord,
} from "./placeNameTypes";
import type { GeoJsonGeometry } from "./types";

const enc = encodeURIComponent;
const JSON_TYPE = "application/json";
const GEO_JSON = "application/geo+json";

/** The collection of place names (OGC API – Features). */
export const PLACE_NAME_ITEMS = "/ogc/collections/place-names/items";
const NAMES_API = "/api/place-names";

/** Formats a lon/lat box [minLon, minLat, maxLon, maxLat] for a query. */
export function bboxParam(bbox: readonly number[]): string {
  return bbox.map((v) => v.toFixed(6)).join(",");
}

/**
 * The URL of the names in a lon/lat box (officers also get the names in procedure, through their
 * session cookie).
 */
export function placeNamesInBboxUrl(bbox: readonly number[], limit: number): string {
  return `${PLACE_NAME_ITEMS}?bbox=${bboxParam(bbox)}&limit=${limit}`;
}

/** The statuses of a name in procedure (办理中). */
export const IN_PROCEDURE = ["PROPOSED", "UNDER_REVIEW", "APPROVED"] as const;

/** The names in procedure under a division (its code or leading digits), for officers. */
export async function fetchNamesInProcedure(
  divisionPrefix: string,
  signal?: AbortSignal,
): Promise<PlaceNameFeature[]> {
  const query = `division=${enc(divisionPrefix)}&status=${IN_PROCEDURE.join(",")}&limit=1000`;
  const page = await getJson<{ features: PlaceNameFeature[] }>(
    `${PLACE_NAME_ITEMS}?${query}`,
    signal,
  );
  return page.features;
}

/** A name's record with its steps, reviews, attachments and lineage, and its ETag. */
export async function fetchNameRecord(
  id: number | string,
  signal?: AbortSignal,
): Promise<VersionedNameRecord> {
  const result = await request<NameRecord>(`${NAMES_API}/${enc(String(id))}`, { signal });
  const etag = result.headers.get("ETag");
  if (!etag) throw new ApiError(0, "服务器没有返回版本标记（ETag），无法办理");
  return { record: result.body, etag };
}

function textProperties(text: NameText): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const [key, value] of Object.entries(text)) {
    const trimmed = typeof value === "string" ? value.trim() : "";
    if (trimmed !== "") properties[key] = trimmed;
  }
  return properties;
}

/** Proposes a new name (拟命名) for a feature drawn on the map. */
export async function proposeName(
  text: NameText,
  geometry: GeoJsonGeometry,
): Promise<PlaceNameFeature> {
  const result = await write<PlaceNameFeature>({
    method: "POST",
    path: PLACE_NAME_ITEMS,
    headers: { "Content-Type": GEO_JSON, Accept: `${GEO_JSON}, application/problem+json` },
    body: JSON.stringify({ type: "Feature", geometry, properties: textProperties(text) }),
  });
  return result.body;
}

/** A step of the lifecycle (送审, 批准, 公告 …), sent with the ETag the record was read with. */
export async function takeStep(
  id: number | string,
  etag: string,
  step: StepRequest,
): Promise<{ feature: PlaceNameFeature; etag: string | null }> {
  const result = await write<{ feature: PlaceNameFeature }>({
    method: "POST",
    path: `${NAMES_API}/${enc(String(id))}/steps`,
    headers: { "Content-Type": JSON_TYPE, "If-Match": etag },
    body: JSON.stringify(step),
  });
  return { feature: result.body.feature, etag: result.headers.get("ETag") };
}

/** Records an expert evaluation or a public consultation (only while under review). */
export async function addReview(id: number | string, review: ReviewRequest): Promise<void> {
  await write<null>({
    method: "POST",
    path: `${NAMES_API}/${enc(String(id))}/reviews`,
    headers: { "Content-Type": JSON_TYPE },
    body: JSON.stringify(review),
  });
}

/** Proposes a new name for the feature of standard name `id` (提出更名). */
export async function proposeRenaming(
  id: number | string,
  text: NameText,
): Promise<PlaceNameFeature & { warnings?: { message: string }[] }> {
  const result = await write<{ feature: PlaceNameFeature; warnings?: { message: string }[] }>({
    method: "POST",
    path: `${NAMES_API}/${enc(String(id))}/renaming`,
    headers: { "Content-Type": JSON_TYPE },
    body: JSON.stringify(textProperties(text)),
  });
  return { ...result.body.feature, warnings: result.body.warnings };
}

/** Uploads a document or photo of a name. */
export async function uploadAttachment(
  id: number | string,
  file: File,
  description: string,
): Promise<void> {
  const form = new FormData();
  form.append("file", file);
  if (description.trim() !== "") form.append("description", description.trim());
  // multipart: the browser sets the Content-Type with its boundary
  const token = await csrfToken();
  await request<unknown>(`${NAMES_API}/${enc(String(id))}/attachments`, {
    method: "POST",
    headers: { [CSRF_HEADER]: token, "X-Client-Id": CLIENT_ID },
    body: form,
  });
}

/** Where an attachment is downloaded from. */
export function attachmentUrl(id: number | string, attachmentId: number): string {
  return `${NAMES_API}/${enc(String(id))}/attachments/${attachmentId}`;
}

/** The rules and the romanization of a name as it is typed (officers). */
export async function checkName(
  text: NameText & { id?: number },
  signal?: AbortSignal,
): Promise<NameCheck> {
  const { id, ...rest } = text;
  const body: Record<string, unknown> = textProperties(rest);
  if (id !== undefined) body.id = id;
  const result = await write<NameCheck>({
    method: "POST",
    path: `${NAMES_API}/check`,
    headers: { "Content-Type": JSON_TYPE },
    body: JSON.stringify(body),
    signal,
  });
  return result.body;
}

export interface SearchOptions {
  division?: string;
  category?: string;
  limit?: number;
}

/** One box for names, pinyin, initials and former names. */
export async function searchNames(
  q: string,
  options: SearchOptions = {},
  signal?: AbortSignal,
): Promise<SearchResult[]> {
  const params = new URLSearchParams({ q, limit: String(options.limit ?? 10) });
  if (options.division) params.set("division", options.division);
  if (options.category) params.set("category", options.category);
  const body = await getJson<{ results: SearchResult[] }>(`/api/search?${params}`, signal);
  return body.results;
}

// ---- cleanup of non-standard names (不规范地名清理)

/** Runs the rules over the current standard names under `division`. */
export async function runCleanup(division: string): Promise<CleanupRun> {
  const result = await write<CleanupRun>({
    method: "POST",
    path: `${NAMES_API}/cleanup/runs?division=${enc(division)}`,
    headers: {},
  });
  return result.body;
}

export interface WorklistFilter {
  division?: string;
  status?: string;
  reason?: string;
}

export function fetchWorklist(
  filter: WorklistFilter,
  signal?: AbortSignal,
): Promise<CleanupItem[]> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return getJson<CleanupItem[]>(`${NAMES_API}/cleanup${query ? `?${query}` : ""}`, signal);
}

export function fetchCleanupProgress(
  division: string | undefined,
  signal?: AbortSignal,
): Promise<CountyProgress[]> {
  const query = division ? `?division=${enc(division)}` : "";
  return getJson<CountyProgress[]>(`${NAMES_API}/cleanup/progress${query}`, signal);
}

/** Moves a name of the worklist to another status (不予整改 needs a note). */
export async function moveCleanupItem(
  placeNameId: number,
  status: CleanupStatus,
  note: string,
): Promise<void> {
  await write<unknown>({
    method: "PUT",
    path: `${NAMES_API}/cleanup/${placeNameId}`,
    headers: { "Content-Type": JSON_TYPE },
    body: JSON.stringify({ status, note: note.trim() === "" ? null : note.trim() }),
  });
}

// ---- annual update (地名信息更新上报)

export type AnnualUpdateFormat = "xlsx" | "csv";

/** The annual updates of this year and the five before it, with their numbers of changes. */
export interface AnnualUpdateYears {
  /** The year whose update is due by 30 June (last year). */
  due: number;
  years: { year: number; changes: number }[];
}

export function fetchAnnualUpdateYears(division: string): Promise<AnnualUpdateYears> {
  const params = new URLSearchParams();
  if (division) params.set("division", division);
  return getJson<AnnualUpdateYears>(`${NAMES_API}/annual-update/years?${params}`);
}

/**
 * The year the dialog opens on: the due year when it has changes, else the newest year that has
 * some, else the due year (and the dialog says it has none).
 */
export function defaultAnnualUpdateYear(years: AnnualUpdateYears): number {
  const withChanges = years.years.filter((y) => y.changes > 0);
  if (withChanges.some((y) => y.year === years.due)) return years.due;
  return withChanges[0]?.year ?? years.due;
}

export function annualUpdateUrl(
  year: number,
  division: string,
  format: AnnualUpdateFormat,
): string {
  const params = new URLSearchParams({ year: String(year), format });
  if (division) params.set("division", division);
  return `${NAMES_API}/annual-update?${params}`;
}

/** The file name of a download from its Content-Disposition (RFC 6266, `filename*` first). */
export function dispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() ?? null;
}

/** Downloads the annual update as a file; a refusal throws ApiError with the server's detail. */
export async function downloadAnnualUpdate(
  year: number,
  division: string,
  format: AnnualUpdateFormat,
): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetch(annualUpdateUrl(year, division, format), {
      headers: { Accept: "*/*" },
    });
  } catch {
    throw new ApiError(0, "无法连接服务器");
  }
  if (!response.ok) {
    let message = `HTTP ${response.status}`;
    if ((response.headers.get("Content-Type") ?? "").includes("json")) {
      const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
      if (problem?.detail) message = problem.detail;
    }
    throw new ApiError(response.status, message);
  }
  const fileName =
    dispositionFileName(response.headers.get("Content-Disposition")) ??
    `${year}年度地名信息更新.${format}`;
  return { blob: await response.blob(), fileName };
}
