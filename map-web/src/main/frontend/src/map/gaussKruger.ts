/**
 * Gauss-Krüger coordinates of CGCS2000 in the 3-degree zones whose EPSG codes carry the central
 * meridian and no zone number in the easting: EPSG:4534 (75°E) … EPSG:4554 (135°E). Lengths on the
 * ground are measured in these zones (docs/adr 0002); the map shows them next to lon/lat.
 *
 * The transverse Mercator series of Snyder (Map Projections – A Working Manual, USGS 1987,
 * formulas 8-9 to 8-11) on the CGCS2000 ellipsoid; within a 3-degree zone (1.5° from the central
 * meridian) it agrees with PROJ to the millimetre.
 */

const A = 6378137;
const F = 1 / 298.257222101;
const E2 = F * (2 - F);
const EP2 = E2 / (1 - E2);
const FALSE_EASTING = 500000;

export interface GaussKruger {
  /** EPSG code of the zone, 4534–4554. */
  epsg: number;
  /** Central meridian in degrees east. */
  centralMeridian: number;
  /** Northing in metres (X in Chinese surveying). */
  x: number;
  /** Easting in metres, 500 000 at the central meridian (Y in Chinese surveying). */
  y: number;
}

/** The central meridian of the 3-degree zone of `lon` (a multiple of 3). */
export function centralMeridianOf(lon: number): number {
  return 3 * Math.round(lon / 3);
}

/** Meridian arc length from the equator to latitude `phi` (radians). */
function meridianArc(phi: number): number {
  const e4 = E2 * E2;
  const e6 = e4 * E2;
  return (
    A *
    ((1 - E2 / 4 - (3 * e4) / 64 - (5 * e6) / 256) * phi -
      ((3 * E2) / 8 + (3 * e4) / 32 + (45 * e6) / 1024) * Math.sin(2 * phi) +
      ((15 * e4) / 256 + (45 * e6) / 1024) * Math.sin(4 * phi) -
      ((35 * e6) / 3072) * Math.sin(6 * phi))
  );
}

/**
 * The coordinates of CGCS2000 `lon`, `lat` (degrees) in their 3-degree Gauss-Krüger zone, or null
 * outside the zones of China (central meridians 75°E–135°E).
 */
export function gaussKruger(lon: number, lat: number): GaussKruger | null {
  const centralMeridian = centralMeridianOf(lon);
  if (centralMeridian < 75 || centralMeridian > 135 || Math.abs(lat) > 84) return null;
  const phi = (lat * Math.PI) / 180;
  const sin = Math.sin(phi);
  const cos = Math.cos(phi);
  const tan = Math.tan(phi);
  const n = A / Math.sqrt(1 - E2 * sin * sin);
  const t = tan * tan;
  const c = EP2 * cos * cos;
  const a = (((lon - centralMeridian) * Math.PI) / 180) * cos;
  const easting =
    n *
      (a + ((1 - t + c) * a ** 3) / 6 + ((5 - 18 * t + t * t + 72 * c - 58 * EP2) * a ** 5) / 120) +
    FALSE_EASTING;
  const northing =
    meridianArc(phi) +
    n *
      tan *
      ((a * a) / 2 +
        ((5 - t + 9 * c + 4 * c * c) * a ** 4) / 24 +
        ((61 - 58 * t + t * t + 600 * c - 330 * EP2) * a ** 6) / 720);
  return {
    epsg: 4534 + (centralMeridian - 75) / 3,
    centralMeridian,
    x: northing,
    y: easting,
  };
}
