/**
 * The tile pack of a round's area: the division vector tiles covering the round's extent at the
 * zoom levels a field team needs, kept in the cache the service worker answers `/tiles/` from
 * when there is no network.
 */
import { DIVISION_TILE_SIZE, DIVISION_TILES } from "../map/tiles";

export const TILE_CACHE = "civgis-field-tiles";
/**
 * The map's zoom levels the pack serves: the county (7) down to a few kilometres across (12); the
 * tiles themselves are of one zoom less (tileZoomOf).
 */
export const PACK_ZOOMS = { min: 7, max: 12 };
/**
 * The map the pack fills around the round's centre at every zoom (pixels), whatever the box: the
 * map opens fitted to the round's box, centred on it, and a wide map shows much more than the box
 * (a 1024 px tablet's map is three times wider than high). 2048 px covers any tablet's map, in
 * landscape or portrait, with room to pan.
 */
export const PACK_SCREEN = { width: 2048, height: 2048 };

/** The XYZ tile (Web Mercator) holding lon/lat at `zoom`. */
export function tileOf(lon: number, lat: number, zoom: number): { x: number; y: number } {
  const n = 2 ** zoom;
  const x = Math.floor(((lon + 180) / 360) * n);
  const latRad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * n);
  return { x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

/** The position of lon/lat at `zoom` in tile units (fractional). */
function tilePosition(lon: number, lat: number, zoom: number): { x: number; y: number } {
  const n = 2 ** zoom;
  const latRad = (lat * Math.PI) / 180;
  return {
    x: ((lon + 180) / 360) * n,
    y: ((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * n,
  };
}

/**
 * The zoom of the tiles a map at `zoom` draws: its tiles are 512 px, so a map at 7.7 draws those
 * of zoom 6 (the zoom at or below its own, less one).
 */
export function tileZoomOf(zoom: number): number {
  return Math.max(0, Math.floor(zoom - Math.log2(DIVISION_TILE_SIZE / 256)));
}

/**
 * The tile URLs a map needs over `bbox` (minLon, minLat, maxLon, maxLat) at map zooms min..max:
 * at each, the tiles of the box and of a map of `screen` pixels centred on it (the map's opening
 * view and around it).
 */
export function tileUrls(
  bbox: readonly [number, number, number, number],
  min = PACK_ZOOMS.min,
  max = PACK_ZOOMS.max,
  screen: { width: number; height: number } = PACK_SCREEN,
): string[] {
  const urls: string[] = [];
  for (let z = tileZoomOf(min); z <= tileZoomOf(max); z++) {
    const n = 2 ** z;
    const topLeft = tileOf(bbox[0], bbox[3], z);
    const bottomRight = tileOf(bbox[2], bbox[1], z);
    const a = tilePosition(bbox[0], bbox[3], z);
    const b = tilePosition(bbox[2], bbox[1], z);
    // a map zoomed in up to one level more than the tiles: its pixels are at most a tile's
    const halfWidth = screen.width / DIVISION_TILE_SIZE / 2;
    const halfHeight = screen.height / DIVISION_TILE_SIZE / 2;
    const centre = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const minX = Math.max(0, Math.min(topLeft.x, Math.floor(centre.x - halfWidth)));
    const maxX = Math.min(n - 1, Math.max(bottomRight.x, Math.floor(centre.x + halfWidth)));
    const minY = Math.max(0, Math.min(topLeft.y, Math.floor(centre.y - halfHeight)));
    const maxY = Math.min(n - 1, Math.max(bottomRight.y, Math.floor(centre.y + halfHeight)));
    for (let x = minX; x <= maxX; x++) {
      for (let y = minY; y <= maxY; y++) {
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

/**
 * Fetches the pack into the tile cache, a few at a time, skipping the tiles already there (a pack
 * cut short by closing the app is completed on the next start); answers how many tiles the cache
 * holds of the pack.
 */
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
      if (await cache.match(url)) {
        stored++;
        onProgress(++done, urls.length);
        continue;
      }
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
