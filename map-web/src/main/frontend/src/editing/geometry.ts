/** Pure helpers on GeoJSON coordinates (lon/lat) for editing. */
import type { GeoJsonGeometry } from "../api/types";

export type Position = [number, number];
/** [minLon, minLat, maxLon, maxLat] */
export type Bounds = [number, number, number, number];

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === "number" &&
    typeof value[1] === "number"
  );
}

/** Every position of a coordinates array of any depth. */
export function positionsOf(coordinates: unknown): Position[] {
  if (isPosition(coordinates)) return [coordinates];
  if (!Array.isArray(coordinates)) return [];
  return coordinates.flatMap((part: unknown) => positionsOf(part));
}

function mapPositions(coordinates: unknown, map: (p: Position) => Position): unknown {
  if (isPosition(coordinates)) return map(coordinates);
  if (!Array.isArray(coordinates)) return coordinates;
  return coordinates.map((part: unknown) => mapPositions(part, map));
}

/** The bounds of all positions, or null for none. */
export function boundsOf(geometry: GeoJsonGeometry | null): Bounds | null {
  const positions = geometry ? positionsOf(geometry.coordinates) : [];
  if (positions.length === 0) return null;
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of positions) {
    bounds[0] = Math.min(bounds[0], lon);
    bounds[1] = Math.min(bounds[1], lat);
    bounds[2] = Math.max(bounds[2], lon);
    bounds[3] = Math.max(bounds[3], lat);
  }
  return bounds;
}

/** Bounds grown on each side by `fraction` of their size (at least `minDegrees`). */
export function expandBounds(bounds: Bounds, fraction: number, minDegrees = 0): Bounds {
  const dx = Math.max((bounds[2] - bounds[0]) * fraction, minDegrees);
  const dy = Math.max((bounds[3] - bounds[1]) * fraction, minDegrees);
  return [bounds[0] - dx, bounds[1] - dy, bounds[2] + dx, bounds[3] + dy];
}

const GRID = 1e7;

/**
 * Puts the exact original lon/lat back where an edited position is within `tolerance` degrees of
 * a position of `originals`. The map edits in Web Mercator, and the way there and back changes the
 * last digits of every vertex; a vertex that was not moved (or was snapped onto a neighbour's
 * vertex) must be sent back exactly as stored, or a boundary shared with a neighbour, or the edge
 * of a jurisdiction, would no longer match.
 */
export function restorePositions(
  geometry: GeoJsonGeometry,
  originals: ReadonlyArray<GeoJsonGeometry | null>,
  tolerance = 1e-9,
): GeoJsonGeometry {
  const cells = new Map<string, Position[]>();
  for (const original of originals) {
    if (!original) continue;
    for (const position of positionsOf(original.coordinates)) {
      const key = `${Math.round(position[0] * GRID)},${Math.round(position[1] * GRID)}`;
      const list = cells.get(key);
      if (list) list.push(position);
      else cells.set(key, [position]);
    }
  }
  const restore = (position: Position): Position => {
    const x = Math.round(position[0] * GRID);
    const y = Math.round(position[1] * GRID);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const candidate of cells.get(`${x + dx},${y + dy}`) ?? []) {
          if (
            Math.abs(candidate[0] - position[0]) <= tolerance &&
            Math.abs(candidate[1] - position[1]) <= tolerance
          ) {
            return [candidate[0], candidate[1]];
          }
        }
      }
    }
    return [position[0], position[1]];
  };
  return { type: geometry.type, coordinates: mapPositions(geometry.coordinates, restore) };
}

/** The position a JSON path such as `geometry.coordinates[0][0][5]` (or deeper) points at. */
function positionAtPath(path: string, geometry: GeoJsonGeometry | null): Position | null {
  const match = /^geometry\.coordinates((?:\[\d+\])+)/.exec(path);
  if (!match?.[1] || !geometry) return null;
  let node: unknown = geometry.coordinates;
  for (const index of match[1].slice(1, -1).split("][").map(Number)) {
    if (isPosition(node)) break;
    if (!Array.isArray(node)) return null;
    node = node[index];
  }
  if (isPosition(node)) return [node[0], node[1]];
  // a path to a ring or polygon: its first position
  return positionsOf(node)[0] ?? null;
}

const DETAIL_POSITION =
  /\(\s*(-?\d+(?:\.\d+)?(?:[eE]-?\d+)?)\s+(-?\d+(?:\.\d+)?(?:[eE]-?\d+)?)\s*\)/;

/**
 * Where a refused geometry is wrong, when the server says: a JSON path to a position of the sent
 * geometry, or a position "(lon lat)" in the detail (e.g. a self-intersection). Null otherwise.
 */
export function problemPosition(
  path: string | null,
  detail: string,
  sent: GeoJsonGeometry | null,
): Position | null {
  if (path) {
    const atPath = positionAtPath(path, sent);
    if (atPath) return atPath;
  }
  const match = DETAIL_POSITION.exec(detail);
  if (!match) return null;
  const lon = Number(match[1]);
  const lat = Number(match[2]);
  return Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : null;
}
