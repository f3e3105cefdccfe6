/** Spherical (Web) Mercator, EPSG:3857, on the WGS 84 semi-major axis. */

export const EARTH_RADIUS = 6378137;

/** Latitude limit of EPSG:3857 (the map is square). */
export const MAX_LATITUDE = 85.0511287798066;

/** Map resolution (metres per pixel at the equator) of a zoom level with 256 px tiles. */
export function resolutionForZoom(zoom: number): number {
  return (2 * Math.PI * EARTH_RADIUS) / (256 * 2 ** zoom);
}

const RAD = Math.PI / 180;

/** [lon, lat] in degrees to [x, y] in EPSG:3857 metres. */
export function lonLatToMercator([lon, lat]: readonly number[]): [number, number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat ?? 0));
  return [
    EARTH_RADIUS * (lon ?? 0) * RAD,
    EARTH_RADIUS * Math.log(Math.tan(Math.PI / 4 + (clamped * RAD) / 2)),
  ];
}

/** [x, y] in EPSG:3857 metres to [lon, lat] in degrees. */
export function mercatorToLonLat([x, y]: readonly number[]): [number, number] {
  return [
    (x ?? 0) / EARTH_RADIUS / RAD,
    (2 * Math.atan(Math.exp((y ?? 0) / EARTH_RADIUS)) - Math.PI / 2) / RAD,
  ];
}
