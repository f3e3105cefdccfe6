/** Position arithmetic of the field app: averaging fixes, distance and bearing to a marker. */

/** One GPS fix: CGCS2000 ≈ WGS 84 lon/lat in degrees, horizontal accuracy in metres. */
export interface Fix {
  lon: number;
  lat: number;
  accuracyMeters: number;
}

const EARTH_RADIUS_METERS = 6371008.8;
const rad = (deg: number): number => (deg * Math.PI) / 180;

/**
 * The average of `fixes` weighted by 1/accuracy²; its accuracy is that of the weighted mean
 * (1/√Σw), never better than a tenth of the best fix. Null for no fixes.
 */
export function averageFixes(fixes: readonly Fix[]): Fix | null {
  if (fixes.length === 0) return null;
  let sumW = 0;
  let lon = 0;
  let lat = 0;
  for (const f of fixes) {
    const w = 1 / Math.max(f.accuracyMeters, 0.01) ** 2;
    sumW += w;
    lon += w * f.lon;
    lat += w * f.lat;
  }
  const best = Math.min(...fixes.map((f) => f.accuracyMeters));
  return {
    lon: lon / sumW,
    lat: lat / sumW,
    accuracyMeters: Math.max(1 / Math.sqrt(sumW), best / 10),
  };
}

/** Great-circle distance in metres between two lon/lat points. */
export function distanceMeters(
  a: { lon: number; lat: number },
  b: { lon: number; lat: number },
): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing in degrees clockwise from north (0–360) from `a` to `b`. */
export function bearingDegrees(
  a: { lon: number; lat: number },
  b: { lon: number; lat: number },
): number {
  const y = Math.sin(rad(b.lon - a.lon)) * Math.cos(rad(b.lat));
  const x =
    Math.cos(rad(a.lat)) * Math.sin(rad(b.lat)) -
    Math.sin(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.cos(rad(b.lon - a.lon));
  return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
}

const DIRECTIONS = ["北", "东北", "东", "东南", "南", "西南", "西", "西北"];

/** The compass direction of a bearing in Chinese (八方位). */
export function directionName(bearing: number): string {
  return DIRECTIONS[Math.round(bearing / 45) % 8] ?? "北";
}

/** What a fix's accuracy allows: ok, warn (usable, flagged) or refuse (above the maximum). */
export function accuracyVerdict(
  accuracyMeters: number,
  warnMeters: number,
  maxMeters: number,
): "ok" | "warn" | "refuse" {
  if (accuracyMeters > maxMeters) return "refuse";
  if (accuracyMeters > warnMeters) return "warn";
  return "ok";
}
