import { describe, expect, it } from "vitest";
import { tileOf, tileUrls } from "./tilePack";

describe("tileOf", () => {
  it("puts lon 0, lat 0 at the centre tile", () => {
    expect(tileOf(0, 0, 1)).toEqual({ x: 1, y: 1 });
    expect(tileOf(-1, 1, 1)).toEqual({ x: 0, y: 0 });
  });
  it("finds the tile of 奇台县 at zoom 7", () => {
    // x = floor((89.6 + 180) / 360 * 128) = 95; y from the Mercator formula = 46
    expect(tileOf(89.6, 44.0, 7)).toEqual({ x: 95, y: 46 });
  });
});

describe("tileUrls", () => {
  it("covers a box at each zoom with at least one tile, more at higher zooms", () => {
    const urls = tileUrls([89.5, 43.5, 90.5, 44.5], 7, 9);
    expect(urls[0]).toMatch(/^\/tiles\/divisions\/7\/\d+\/\d+\.mvt$/);
    const perZoom = [7, 8, 9].map(
      (z) => urls.filter((u) => u.startsWith(`/tiles/divisions/${z}/`)).length,
    );
    expect(perZoom[0]).toBeGreaterThanOrEqual(1);
    expect(perZoom[2]).toBeGreaterThan(perZoom[0] ?? 0);
  });
});
