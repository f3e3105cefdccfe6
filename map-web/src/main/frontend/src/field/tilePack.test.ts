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
    // a map at zoom 7 to 9 draws 512 px tiles of zoom 6 to 8
    const urls = tileUrls([89.5, 43.5, 90.5, 44.5], 7, 9, { width: 0, height: 0 });
    expect(urls[0]).toMatch(/^\/tiles\/divisions\/6\/\d+\/\d+\.mvt$/);
    const perZoom = [6, 7, 8].map(
      (z) => urls.filter((u) => u.startsWith(`/tiles/divisions/${z}/`)).length,
    );
    expect(perZoom[0]).toBeGreaterThanOrEqual(1);
    expect(perZoom[2]).toBeGreaterThan(perZoom[0] ?? 0);
  });
});

describe("the pack and the map's opening view", () => {
  // the map opens fitted to the round's box (20 px padding); a tablet's map is wide and low
  const R = 6378137;
  const mercator = (lon: number, lat: number) => [
    (R * lon * Math.PI) / 180,
    R * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)),
  ];
  function openingTiles(bbox: [number, number, number, number], width: number, height: number) {
    const [x0, y0] = mercator(bbox[0], bbox[1]) as [number, number];
    const [x1, y1] = mercator(bbox[2], bbox[3]) as [number, number];
    const resolution = Math.max((x1 - x0) / (width - 40), (y1 - y0) / (height - 40));
    const zoom = Math.log2((2 * Math.PI * R) / 256 / resolution);
    // 512 px vector tiles are drawn from the zoom level at or below the view's, less one
    const z = Math.floor(Math.min(12, zoom)) - 1;
    const shown = (2 * Math.PI * R) / 256 / 2 ** Math.min(12, zoom);
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const tileSize = (2 * Math.PI * R) / 2 ** z;
    const tx = (x: number) => Math.floor((x + Math.PI * R) / tileSize);
    const ty = (y: number) => Math.floor((Math.PI * R - y) / tileSize);
    const urls: string[] = [];
    for (let x = tx(cx - (shown * width) / 2); x <= tx(cx + (shown * width) / 2); x++) {
      for (let y = ty(cy + (shown * height) / 2); y <= ty(cy - (shown * height) / 2); y++) {
        urls.push(`/tiles/divisions/${z}/${x}/${y}.mvt`);
      }
    }
    return urls;
  }

  it.each([
    ["a county border, tall", [90.2, 43.4, 90.6, 44.9]],
    ["a short stretch", [89.9, 44.0, 89.96, 44.03]],
    ["a long east-west line", [88.0, 44.0, 91.0, 44.3]],
  ] as const)("holds every tile of the opening view on a 1024 px tablet: %s", (_, bbox) => {
    const pack = new Set(tileUrls(bbox));
    for (const [width, height] of [
      [990, 360],
      [730, 360],
      [1300, 500],
    ] as const) {
      const missing = openingTiles([...bbox], width, height).filter((u) => !pack.has(u));
      expect(missing, `${width}×${height}`).toEqual([]);
    }
  });
});
