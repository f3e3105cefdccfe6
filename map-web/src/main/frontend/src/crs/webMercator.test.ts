import { fromLonLat, toLonLat } from "ol/proj";
import { describe, expect, it } from "vitest";
import {
  EARTH_RADIUS,
  lonLatToMercator,
  MAX_LATITUDE,
  mercatorToLonLat,
  resolutionForZoom,
} from "./webMercator";

describe("web mercator", () => {
  it("agrees with OpenLayers for Changji", () => {
    const lonLat = [87.3, 44.01];
    const [x, y] = lonLatToMercator(lonLat);
    const [olX, olY] = fromLonLat(lonLat);
    expect(x).toBeCloseTo(olX!, 3);
    expect(y).toBeCloseTo(olY!, 3);
  });

  it("round-trips", () => {
    const [lon, lat] = mercatorToLonLat(lonLatToMercator([91.5, 45.25]));
    expect(lon).toBeCloseTo(91.5, 9);
    expect(lat).toBeCloseTo(45.25, 9);
    const [olLon] = toLonLat([1e7, 5e6]);
    expect(mercatorToLonLat([1e7, 5e6])[0]).toBeCloseTo(olLon!, 9);
  });

  it("maps the latitude limit onto the edge of the square world", () => {
    expect(lonLatToMercator([180, MAX_LATITUDE])[1]).toBeCloseTo(Math.PI * EARTH_RADIUS, 0);
    expect(lonLatToMercator([0, 89.9])[1]).toBeCloseTo(Math.PI * EARTH_RADIUS, 0);
  });

  it("computes resolutions of 256 px tiles", () => {
    expect(resolutionForZoom(0)).toBeCloseTo(156543.034, 3);
    expect(resolutionForZoom(7)).toBeCloseTo(1222.992, 3);
  });
});
