import { getJson } from "./http";
import type { AppConfig, DivisionDetail } from "./types";

const enc = encodeURIComponent;

export function fetchConfig(signal?: AbortSignal): Promise<AppConfig> {
  return getJson<AppConfig>("/api/config", signal);
}

export function fetchDivision(code: string, signal?: AbortSignal): Promise<DivisionDetail> {
  return getJson<DivisionDetail>(`/api/divisions/${enc(code)}`, signal);
}

/** All county-level divisions as a GeoJSON FeatureCollection (lon/lat). */
export function fetchCountyFeatures(signal?: AbortSignal): Promise<unknown> {
  return getJson<unknown>("/ogc/collections/divisions/items?level=3&limit=1000", signal);
}

/** One division as a GeoJSON Feature (lon/lat). */
export function fetchDivisionFeature(code: string, signal?: AbortSignal): Promise<unknown> {
  return getJson<unknown>(`/ogc/collections/divisions/items/${enc(code)}`, signal);
}
