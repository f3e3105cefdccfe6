import { describe, expect, it } from "vitest";
import { centralMeridianOf, gaussKruger } from "./gaussKruger";

// Expected values: PROJ (GDAL 3.6 gdaltransform -s_srs EPSG:4490 -t_srs EPSG:45xx)
const CASES: [number, number, number, number, number][] = [
  // lon, lat, epsg, easting (Y), northing (X)
  [87.28, 44.02, 4538, 522450.191963288, 4876082.73856515],
  [88.4, 44.6, 4538, 611151.076139948, 4941446.82668596],
  [89.7, 43.5, 4539, 475736.990477934, 4818312.41323785],
  [85.6, 44.2, 4538, 388088.884791505, 4896998.50583396],
];

describe("gaussKruger", () => {
  it.each(CASES)("puts %f, %f in EPSG:%i as PROJ does", (lon, lat, epsg, easting, northing) => {
    const gk = gaussKruger(lon, lat);
    expect(gk).not.toBeNull();
    expect(gk!.epsg).toBe(epsg);
    expect(Math.abs(gk!.y - easting)).toBeLessThan(0.005);
    expect(Math.abs(gk!.x - northing)).toBeLessThan(0.005);
  });

  it("chooses the zone by the nearest multiple of 3 degrees", () => {
    expect(centralMeridianOf(85.49)).toBe(84);
    expect(centralMeridianOf(85.51)).toBe(87);
    expect(gaussKruger(85.51, 44)!.epsg).toBe(4538);
    expect(gaussKruger(85.49, 44)!.epsg).toBe(4537);
  });

  it("has no zone outside China's central meridians", () => {
    expect(gaussKruger(2.3, 48.8)).toBeNull();
    expect(gaussKruger(140, 35)).toBeNull();
  });
});
