import { describe, expect, it } from "vitest";
import { boundsOf, expandBounds, positionsOf, problemPosition, restorePositions } from "./geometry";

const square = {
  type: "MultiPolygon",
  coordinates: [
    [
      [
        [88.123456789012, 44.1],
        [88.5, 44.1],
        [88.5, 44.6],
        [88.123456789012, 44.1],
      ],
    ],
  ],
};

describe("positionsOf and boundsOf", () => {
  it("finds every position at any depth", () => {
    expect(positionsOf(square.coordinates)).toHaveLength(4);
    expect(boundsOf(square)).toEqual([88.123456789012, 44.1, 88.5, 44.6]);
    expect(boundsOf(null)).toBeNull();
    expect(boundsOf({ type: "Polygon", coordinates: [] })).toBeNull();
  });

  it("expands bounds by a fraction, at least a minimum", () => {
    expect(expandBounds([0, 0, 10, 2], 0.1)).toEqual([-1, -0.2, 11, 2.2]);
    expect(expandBounds([0, 0, 10, 2], 0.1, 0.5)).toEqual([-1, -0.5, 11, 2.5]);
  });
});

describe("restorePositions", () => {
  it("puts back the exact original of a position that moved by rounding only", () => {
    const roundTripped = {
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [88.12345678901201, 44.10000000000002],
            [88.7, 44.3], // moved by the user
            [88.50000000000001, 44.6],
            [88.12345678901201, 44.10000000000002],
          ],
        ],
      ],
    };
    const neighbour = { type: "Polygon", coordinates: [[[88.7000000001, 44.3]]] };
    const restored = restorePositions(roundTripped, [square, neighbour]);
    expect(restored.type).toBe("MultiPolygon");
    expect(positionsOf(restored.coordinates)).toEqual([
      [88.123456789012, 44.1],
      [88.7000000001, 44.3], // snapped onto the neighbour's vertex
      [88.5, 44.6],
      [88.123456789012, 44.1],
    ]);
  });

  it("keeps positions far from every original", () => {
    const moved = { type: "Polygon", coordinates: [[[88.2, 44.2]]] };
    expect(restorePositions(moved, [square, null])).toEqual(moved);
  });
});

describe("problemPosition", () => {
  const sent = {
    type: "MultiPolygon",
    coordinates: [
      [
        [
          [88, 44],
          [89, 44],
          [89, 45],
          [88, 44.5],
        ],
      ],
    ],
  };

  it("follows a JSON path into the sent geometry", () => {
    expect(problemPosition("geometry.coordinates[0][0][3]", "未闭合", sent)).toEqual([88, 44.5]);
    expect(problemPosition("geometry.coordinates[0][0][3][1]", "x", sent)).toEqual([88, 44.5]);
    expect(problemPosition("geometry.coordinates[0][0]", "x", sent)).toEqual([88, 44]);
  });

  it("reads a position from the detail", () => {
    expect(
      problemPosition(
        "geometry",
        "几何无效：Self-intersection，位置 (88.25 44.75)（经度 纬度）",
        sent,
      ),
    ).toEqual([88.25, 44.75]);
    expect(problemPosition("geometry", "位置 (1.5E-4 -2.0)", null)).toEqual([0.00015, -2]);
  });

  it("is null when nothing says where", () => {
    expect(problemPosition("geometry.type", "几何类型须为 Polygon", sent)).toBeNull();
    expect(problemPosition(null, "", null)).toBeNull();
    expect(problemPosition("geometry.coordinates[5][0][0]", "x", sent)).toBeNull();
  });
});
