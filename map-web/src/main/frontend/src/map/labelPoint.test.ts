import Feature from "ol/Feature";
import MultiPolygon from "ol/geom/MultiPolygon";
import Point from "ol/geom/Point";
import { describe, expect, it } from "vitest";
import { lonLatToMercator } from "../crs/webMercator";
import { labelGeometry } from "./labelPoint";

const square = (x: number, y: number, size: number) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe("labelGeometry", () => {
  it("uses the server's label point, projected to EPSG:3857", () => {
    const feature = new Feature({ labelPoint: [87.1, 44.2] });
    const point = labelGeometry(feature);
    expect(point).toBeInstanceOf(Point);
    const [x, y] = point!.getCoordinates();
    const [ex, ey] = lonLatToMercator([87.1, 44.2]);
    expect(x).toBeCloseTo(ex, 6);
    expect(y).toBeCloseTo(ey, 6);
  });

  it("falls back to an interior point of the largest polygon", () => {
    const geometry = new MultiPolygon([square(0, 0, 10), square(100, 100, 1000)]);
    const feature = new Feature({ geometry, labelPoint: null });
    const [x, y] = labelGeometry(feature)!.getCoordinates() as [number, number];
    expect(x).toBeGreaterThan(100);
    expect(x).toBeLessThan(1100);
    expect(y).toBeGreaterThan(100);
    expect(y).toBeLessThan(1100);
  });

  it("is undefined without label point and geometry", () => {
    expect(labelGeometry(new Feature({ name: "x" }))).toBeUndefined();
  });
});
