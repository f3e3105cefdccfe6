import { MAX_LATITUDE } from "../crs/webMercator";

/** The map view as kept in the URL: `#map=<zoom>/<lon>/<lat>`. */
export interface ViewState {
  zoom: number;
  lon: number;
  lat: number;
}

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 24;

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/**
 * Reads `map=<zoom>/<lon>/<lat>` from a location hash (with or without `#`; other
 * `&`-separated entries are ignored). Returns null when it is missing, malformed or out of range.
 */
export function parseViewHash(hash: string): ViewState | null {
  const entry = hash
    .replace(/^#/, "")
    .split("&")
    .find((part) => part.startsWith("map="));
  if (entry === undefined) return null;
  const parts = entry.slice("map=".length).split("/");
  if (parts.length !== 3 || !parts.every((part) => NUMBER.test(part))) return null;
  const [zoom, lon, lat] = parts.map(Number) as [number, number, number];
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return null;
  if (lon < -180 || lon > 180) return null;
  if (lat < -MAX_LATITUDE || lat > MAX_LATITUDE) return null;
  return { zoom, lon, lat };
}

/** Formats a view as `#map=<zoom>/<lon>/<lat>` (zoom 2 decimals, lon/lat 5 decimals). */
export function formatViewHash({ zoom, lon, lat }: ViewState): string {
  return `#map=${zoom.toFixed(2)}/${lon.toFixed(5)}/${lat.toFixed(5)}`;
}
