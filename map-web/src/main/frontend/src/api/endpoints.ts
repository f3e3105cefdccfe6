import { ApiError, csrfToken, CSRF_HEADER, getJson, request } from "./http";
import type {
  AppConfig,
  AuditRecord,
  CurrentUser,
  DivisionDetail,
  DivisionFeature,
  DivisionFeatureCollection,
  DivisionHistory,
  DivisionLabels,
  MeResponse,
  VersionedFeature,
} from "./types";

const enc = encodeURIComponent;

/** The collection the map edits. */
export const DIVISION_ITEMS = "/ogc/collections/divisions/items";

export function fetchConfig(signal?: AbortSignal): Promise<AppConfig> {
  return getJson<AppConfig>("/api/config", signal);
}

/** The profile of a division as on `day` (YYYY-MM-DD; default: today). */
export function fetchDivision(
  code: string,
  signal?: AbortSignal,
  day?: string,
): Promise<DivisionDetail> {
  const query = day ? `?date=${enc(day)}` : "";
  return getJson<DivisionDetail>(`/api/divisions/${enc(code)}${query}`, signal);
}

/** The versions of a division and the changes that involve it, oldest first. */
export function fetchDivisionHistory(code: string, signal?: AbortSignal): Promise<DivisionHistory> {
  return getJson<DivisionHistory>(`/api/divisions/${enc(code)}/history`, signal);
}

/** `&datetime=day`, or nothing for today (the server's default). */
function asOfParam(day?: string): string {
  return day ? `&datetime=${enc(day)}` : "";
}

/** All county-level divisions valid on `day` (default: today) as GeoJSON (lon/lat). */
export function fetchCountyFeatures(signal?: AbortSignal, day?: string): Promise<unknown> {
  return getJson<unknown>(`${DIVISION_ITEMS}?level=3&limit=1000${asOfParam(day)}`, signal);
}

/**
 * The names, label points and boxes of today's prefectures and counties (`/api/divisions/labels`):
 * what the map of divisions needs besides its tiles, a few kilobytes (revalidated: 304 on a repeat
 * visit).
 */
export function fetchDivisionLabels(
  signal?: AbortSignal,
  levels: readonly number[] = [2, 3],
): Promise<DivisionLabels> {
  return getJson<DivisionLabels>(`/api/divisions/labels?level=${levels.join(",")}`, signal);
}

/** The divisions directly under `code` valid on `day`, as GeoJSON (lon/lat). */
export function fetchChildDivisions(
  code: string,
  day: string,
  signal?: AbortSignal,
): Promise<DivisionFeatureCollection> {
  return getJson<DivisionFeatureCollection>(
    `${DIVISION_ITEMS}?parent=${enc(code)}&limit=1000${asOfParam(day)}`,
    signal,
  );
}

/** One division (valid on `day`; default: its current version) as a GeoJSON Feature (lon/lat). */
export function fetchDivisionFeature(
  code: string,
  signal?: AbortSignal,
  day?: string,
): Promise<unknown> {
  return getJson<unknown>(
    `${DIVISION_ITEMS}/${enc(code)}${day ? `?datetime=${enc(day)}` : ""}`,
    signal,
  );
}

/** The current version of a division with its ETag (drafts too, for officers). */
export async function fetchVersionedFeature(
  code: string,
  signal?: AbortSignal,
): Promise<VersionedFeature> {
  const result = await request<DivisionFeature>(`${DIVISION_ITEMS}/${enc(code)}`, { signal });
  const etag = result.headers.get("ETag");
  if (!etag) throw new ApiError(0, "服务器没有返回版本标记（ETag），无法编辑");
  return { feature: result.body, etag };
}

/** Divisions of one level that intersect a lon/lat box [minLon, minLat, maxLon, maxLat]. */
export async function fetchFeaturesInBbox(
  level: number,
  bbox: readonly number[],
  signal?: AbortSignal,
): Promise<DivisionFeatureCollection> {
  const box = bbox.map((v) => v.toFixed(6)).join(",");
  return getJson<DivisionFeatureCollection>(
    `${DIVISION_ITEMS}?level=${level}&bbox=${box}&limit=200`,
    signal,
  );
}

/** The HTTP methods the current user may use on `path` (the `Allow` header of OPTIONS). */
export async function allowedMethods(path: string, signal?: AbortSignal): Promise<string[]> {
  const result = await request<null>(path, { method: "OPTIONS", signal });
  return (result.headers.get("Allow") ?? "")
    .split(",")
    .map((method) => method.trim().toUpperCase())
    .filter((method) => method !== "");
}

/** The audit trail of one division, newest first (officers only). */
export function fetchAudit(code: string, signal?: AbortSignal): Promise<AuditRecord[]> {
  return getJson<AuditRecord[]>(`/api/audit?collection=divisions&featureId=${enc(code)}`, signal);
}

/** Who is logged in; also makes the server set the CSRF cookie. */
export function fetchMe(signal?: AbortSignal): Promise<MeResponse> {
  return getJson<MeResponse>("/api/me", signal);
}

/** Form login; the session cookie is set by the server. */
export async function login(username: string, password: string): Promise<CurrentUser> {
  const token = await csrfToken();
  const result = await request<CurrentUser>("/api/login", {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
      [CSRF_HEADER]: token,
    },
    body: new URLSearchParams({ username, password }).toString(),
  });
  return result.body;
}

export async function logout(): Promise<void> {
  const token = await csrfToken();
  await request<null>("/api/logout", { method: "POST", headers: { [CSRF_HEADER]: token } });
}
