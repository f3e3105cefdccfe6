/**
 * The tile pack of a round's area: the division vector tiles covering the round's extent at the
 * zoom levels a field team needs, kept in the cache the service worker answers `/tiles/` from
 * when there is no network.
 */
import { DIVISION_TILES } from "../map/tiles";

export const TILE_CACHE = "civgis-field-tiles";
/** Zoom levels of the pack: the county (7) down to a few kilometres across (12). */
export const PACK_ZOOMS = { min: 7, max: 12 };

/** The XYZ tile (Web Mercator) holding lon/lat at `zoom`. */
export function tileOf(lon: number, lat: number, zoom: number): { x: number; y: number } {
  const n = 2 ** zoom;
  const x = Math.floor(((lon + 180) / 360) * n);
  const latRad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * n);
  return { x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

/** The tile URLs covering `bbox` (minLon, minLat, maxLon, maxLat) at zooms min..max. */
export function tileUrls(
  bbox: readonly [number, number, number, number],
  min = PACK_ZOOMS.min,
  max = PACK_ZOOMS.max,
): string[] {
  const urls: string[] = [];
  for (let z = min; z <= max; z++) {
    const topLeft = tileOf(bbox[0], bbox[3], z);
    const bottomRight = tileOf(bbox[2], bbox[1], z);
    for (let x = topLeft.x; x <= bottomRight.x; x++) {
      for (let y = topLeft.y; y <= bottomRight.y; y++) {
        urls.push(
          DIVISION_TILES.replace("{z}", String(z))
            .replace("{x}", String(x))
            .replace("{y}", String(y)),
        );
      }
    }
  }
  return urls;
}

/** Fetches the pack into the tile cache, a few at a time; answers how many tiles were stored. */
export async function downloadTilePack(
  bbox: readonly [number, number, number, number],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<number> {
  const urls = tileUrls(bbox);
  const cache = await caches.open(TILE_CACHE);
  let done = 0;
  let stored = 0;
  const queue = [...urls];
  const worker = async (): Promise<void> => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        const response = await fetch(url);
        if (response.ok) {
          await cache.put(url, response);
          stored++;
        }
      } catch {
        // offline or refused: the tile stays missing
      }
      onProgress(++done, urls.length);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return stored;
}
